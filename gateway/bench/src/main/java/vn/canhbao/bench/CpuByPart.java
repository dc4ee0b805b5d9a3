package vn.canhbao.bench;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The gateway process's CPU, split by what its threads are. In the benchmark the process also holds the in-process
 * Kafka broker and H2, which in production run elsewhere (a Kafka cluster, PostgreSQL): their threads are counted
 * apart, so that the pipeline's own cost can be read. H2's statements run on the threads that call them and count as
 * the pipeline's; only its background writer is apart. The JVM's own threads, which Java's thread bean does not list,
 * are read from {@code /proc/self/task} where there is one (Linux): the JIT compiler's and the collector's. What no
 * thread accounts for is threads that ended between the two readings and the JVM's other threads.
 */
final class CpuByPart {

    static final String BROKER = "broker";
    static final String DATABASE_WRITER = "databaseWriter";
    static final String PIPELINE = "pipeline";
    static final String BENCH = "bench";
    static final String COMPILER = "compiler";
    static final String COLLECTOR = "collector";
    static final String JVM = "jvm";
    /** The parts in the order the report lists them. */
    static final List<String> PARTS = List.of(PIPELINE, BROKER, DATABASE_WRITER, COMPILER, COLLECTOR, JVM, BENCH);

    /** Linux's {@code USER_HZ}: the unit of a task's {@code utime} and {@code stime}, 100 on every Linux we run on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    /** The in-process broker's thread names begin with one of these (Kafka 4 in KRaft mode, one node). */
    private static final List<String> BROKER_THREADS = List.of(
            "data-plane-kafka",
            "kafka-scheduler",
            "kafka-log-cleaner",
            "kafka-0-",
            "kafka-cluster-test-kit",
            "group-coordinator",
            "executor-",
            "share-",
            "controller-",
            "broker-",
            "quorum-controller",
            "raft-",
            "ExpirationReaper",
            "LogDirFailureHandler",
            "transaction-log-manager",
            "TxnMarkerSenderThread",
            "AddPartitionsToTxnSenderThread",
            "PersisterStateManager",
            "persister-",
            "network-partition",
            "client-metrics-reaper",
            "metrics-meter-tick-thread");

    private final long processNanos;
    private final Map<Long, Long> threadNanos;
    private final Map<Long, String> threadParts;
    /** The JVM's own threads by their task id: CPU, and compiler or collector. */
    private final Map<Long, Long> taskNanos;

    private final Map<Long, String> taskParts;

    private CpuByPart(
            long processNanos,
            Map<Long, Long> threadNanos,
            Map<Long, String> threadParts,
            Map<Long, Long> taskNanos,
            Map<Long, String> taskParts) {
        this.processNanos = processNanos;
        this.threadNanos = threadNanos;
        this.threadParts = threadParts;
        this.taskNanos = taskNanos;
        this.taskParts = taskParts;
    }

    static CpuByPart now() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] ids = threads.getAllThreadIds();
        long[] cpu = threads.getThreadCpuTime(ids);
        ThreadInfo[] infos = threads.getThreadInfo(ids);
        Map<Long, Long> nanos = new HashMap<>();
        Map<Long, String> parts = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null && cpu[i] >= 0) {
                nanos.put(ids[i], cpu[i]);
                parts.put(ids[i], partOf(infos[i].getThreadName()));
            }
        }
        Map<Long, Long> taskNanos = new HashMap<>();
        Map<Long, String> taskParts = new HashMap<>();
        readJvmTasks(taskNanos, taskParts);
        return new CpuByPart(os.getProcessCpuTime(), nanos, parts, taskNanos, taskParts);
    }

    /** The compiler's and the collector's threads from {@code /proc/self/task}; nothing where there is none. */
    private static void readJvmTasks(Map<Long, Long> nanos, Map<Long, String> parts) {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return;
        }
        try (Stream<Path> all = Files.list(tasks)) {
            for (Path task : all.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String part = jvmPartOf(stat.substring(stat.indexOf('(') + 1, close));
                    if (part == null) {
                        continue;
                    }
                    // After the name: state, then 10 fields, then utime and stime.
                    String[] fields = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    long id = Long.parseLong(task.getFileName().toString());
                    nanos.put(id, ticks * NANOS_PER_TICK);
                    parts.put(id, part);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we read: its CPU falls to the remainder
                }
            }
        } catch (IOException e) {
            // no split this time; the remainder holds it all
        }
    }

    /** The part of a JVM thread by its kernel name (15 characters at most), or null for any other thread. */
    static String jvmPartOf(String taskName) {
        if (taskName.startsWith("C1 CompilerThre") || taskName.startsWith("C2 CompilerThre")) {
            return COMPILER;
        }
        if (taskName.startsWith("GC Thread")
                || taskName.startsWith("G1 ")
                || taskName.startsWith("VM Thread")
                || taskName.startsWith("VM Periodic")) {
            return COLLECTOR;
        }
        return null;
    }

    static String partOf(String threadName) {
        if (threadName.startsWith("H2-") || threadName.startsWith("MVStore background writer")) {
            return DATABASE_WRITER;
        }
        if (threadName.equals("main")) {
            return BENCH; // the benchmark's own watching: counting rows, sampling the heap
        }
        for (String prefix : BROKER_THREADS) {
            if (threadName.startsWith(prefix)) {
                return BROKER;
            }
        }
        return PIPELINE;
    }

    /** How the report's table names a part. */
    static String label(String part) {
        return switch (part) {
            case PIPELINE -> "pipeline threads (their database calls included)";
            case BROKER -> "in-process Kafka broker";
            case DATABASE_WRITER -> "H2 background writer";
            case COMPILER -> "JIT compiler";
            case COLLECTOR -> "garbage collector, safepoints";
            case JVM -> "other JVM threads, ended threads";
            case BENCH -> "the benchmark's own watching";
            default -> part;
        };
    }

    /** Seconds of CPU per part between {@code before} and this reading; the parts add up to the process's. */
    Map<String, Double> secondsSince(CpuByPart before) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (String part : PARTS) {
            nanos.put(part, 0L);
        }
        long accounted = 0;
        for (Map.Entry<Long, Long> t : threadNanos.entrySet()) {
            long delta = t.getValue() - before.threadNanos.getOrDefault(t.getKey(), 0L);
            nanos.merge(threadParts.get(t.getKey()), delta, Long::sum);
            accounted += delta;
        }
        long jvm = Math.max(0, processNanos - before.processNanos - accounted);
        for (Map.Entry<Long, Long> t : taskNanos.entrySet()) {
            long delta = Math.min(jvm, Math.max(0, t.getValue() - before.taskNanos.getOrDefault(t.getKey(), 0L)));
            nanos.merge(taskParts.get(t.getKey()), delta, Long::sum);
            jvm -= delta;
        }
        nanos.put(JVM, jvm);
        Map<String, Double> seconds = new LinkedHashMap<>();
        nanos.forEach((part, n) -> seconds.put(part, n / 1e9));
        return seconds;
    }
}
