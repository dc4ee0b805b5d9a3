package vn.canhbao.gateway.bench;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway process's CPU, split by what its threads are. In the benchmark the process also holds the in-process
 * Kafka broker and H2, which in production run elsewhere (a Kafka cluster, PostgreSQL): their threads are counted
 * apart, so that the pipeline's own cost can be read. H2's statements run on the threads that call them and count as
 * the pipeline's; only its background writer is apart. What no live thread accounts for is the JVM's own work (the
 * collector, the compiler) and threads that ended between the two readings.
 */
final class CpuByPart {

    static final String BROKER = "broker";
    static final String DATABASE_WRITER = "databaseWriter";
    static final String PIPELINE = "pipeline";
    static final String BENCH = "bench";
    static final String JVM = "jvm";
    /** The parts in the order the report lists them. */
    static final List<String> PARTS = List.of(PIPELINE, BROKER, DATABASE_WRITER, JVM, BENCH);

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

    private CpuByPart(long processNanos, Map<Long, Long> threadNanos, Map<Long, String> threadParts) {
        this.processNanos = processNanos;
        this.threadNanos = threadNanos;
        this.threadParts = threadParts;
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
        return new CpuByPart(os.getProcessCpuTime(), nanos, parts);
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
            case JVM -> "JVM (collector, compiler), ended threads";
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
        nanos.put(JVM, Math.max(0, processNanos - before.processNanos - accounted));
        Map<String, Double> seconds = new LinkedHashMap<>();
        nanos.forEach((part, n) -> seconds.put(part, n / 1e9));
        return seconds;
    }
}
