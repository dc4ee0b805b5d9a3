package vn.canhbao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuByPartTests {

    @Test
    void namesTheInProcessBrokerAndDatabaseWriterApartFromThePipeline() {
        assertThat(CpuByPart.partOf("data-plane-kafka-request-handler-3")).isEqualTo(CpuByPart.BROKER);
        assertThat(CpuByPart.partOf("kafka-0-raft-io-thread")).isEqualTo(CpuByPart.BROKER);
        assertThat(CpuByPart.partOf("group-coordinator-event-processor-1")).isEqualTo(CpuByPart.BROKER);
        assertThat(CpuByPart.partOf("H2-serialization")).isEqualTo(CpuByPart.DATABASE_WRITER);
        assertThat(CpuByPart.partOf("MVStore background writer /tmp/x/canhbao.mv.db"))
                .isEqualTo(CpuByPart.DATABASE_WRITER);
        assertThat(CpuByPart.partOf("urgent-sms-12")).isEqualTo(CpuByPart.PIPELINE);
        assertThat(CpuByPart.partOf("kafka-producer-network-thread | canhbao-producer"))
                .isEqualTo(CpuByPart.PIPELINE);
        assertThat(CpuByPart.partOf("ForkJoinPool-1-worker-2")).isEqualTo(CpuByPart.PIPELINE);
        assertThat(CpuByPart.partOf("main")).isEqualTo(CpuByPart.BENCH);
    }

    @Test
    void namesTheJvmsOwnThreadsByTheirKernelNames() {
        assertThat(CpuByPart.jvmPartOf("C2 CompilerThre")).isEqualTo(CpuByPart.COMPILER);
        assertThat(CpuByPart.jvmPartOf("C1 CompilerThre")).isEqualTo(CpuByPart.COMPILER);
        assertThat(CpuByPart.jvmPartOf("GC Thread#1")).isEqualTo(CpuByPart.COLLECTOR);
        assertThat(CpuByPart.jvmPartOf("G1 Conc#0")).isEqualTo(CpuByPart.COLLECTOR);
        assertThat(CpuByPart.jvmPartOf("VM Thread")).isEqualTo(CpuByPart.COLLECTOR);
        assertThat(CpuByPart.jvmPartOf("urgent-sms-12")).isNull();
        assertThat(CpuByPart.jvmPartOf("java")).isNull();
    }

    @Test
    void thePartsAddUpToTheProcessCpu() throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processBefore = os.getProcessCpuTime();
        CpuByPart before = CpuByPart.now();
        Thread worker = new Thread(CpuByPartTests::spin, "urgent-sms-test");
        worker.start();
        spin(); // on "main" when run by surefire's main thread, otherwise on a pipeline-named thread
        worker.join(); // an ended thread's CPU falls to the JVM's share
        CpuByPart after = CpuByPart.now();
        long processAfter = os.getProcessCpuTime();

        Map<String, Double> parts = after.secondsSince(before);
        double sum = parts.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(parts)
                .containsKeys(
                        CpuByPart.PIPELINE,
                        CpuByPart.BROKER,
                        CpuByPart.DATABASE_WRITER,
                        CpuByPart.COMPILER,
                        CpuByPart.COLLECTOR,
                        CpuByPart.JVM,
                        CpuByPart.BENCH);
        assertThat(parts.values()).allMatch(s -> s >= 0);
        // Read just inside the process's own readings, the parts come to at most its CPU and at least the spin.
        assertThat(sum).isLessThanOrEqualTo((processAfter - processBefore) / 1e9 + 0.01);
        assertThat(sum).as("the two spins' 0.2 s at least").isGreaterThan(0.19);
    }

    /** Burns 100 ms of this thread's CPU, however long a loaded machine takes to give it that much. */
    private static void spin() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + 100_000_000L;
        long x = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            x += Long.numberOfTrailingZeros(x + System.nanoTime());
        }
        if (x == 42) {
            System.out.print("");
        }
    }
}
