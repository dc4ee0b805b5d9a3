package vn.canhbao.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.gateway.CanhbaoApplication;
import vn.canhbao.gateway.ingest.BulletinIntake;
import vn.canhbao.gateway.registry.LoudspeakerClusterRepository;
import vn.canhbao.gateway.registry.RecipientRepository;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/**
 * {@code java -jar canhbao-bench.jar [--residents N] [--out FILE] …}: the fan-out benchmark of
 * docs/performance.md. It starts the provider simulators in a second process, the gateway in this one (bench profile:
 * in-process Kafka, H2 in a temporary folder), seeds one ward, sends a small warm-up alert through every stage, then
 * issues one real alert and measures it until every dispatch is handed over; then it drives the same simulators with
 * a plain HTTP loop for the ceiling, prints a table and writes the figures as JSON.
 */
public final class BenchCommand {

    private static final Logger log = LoggerFactory.getLogger(BenchCommand.class);
    /** Enough for the JIT to compile the hot path before the measured alert, as in a service that has run a while. */
    private static final int WARM_UP_RESIDENTS = 2_000;

    /** People the simulators' own warm-up writes to, two requests each. */
    private static final int SIMULATOR_WARM_UP_PEOPLE = 15_000;

    private static final Duration POLL = Duration.ofMillis(100);

    private BenchCommand() {}

    /** Runs the benchmark and ends the process: 0 when every dispatch was handed over in time, 1 if not, 2 on bad use. */
    public static void main(String[] args) {
        BenchArguments arguments;
        try {
            arguments = BenchArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        int code;
        try {
            code = run(arguments).completed() ? 0 : 1;
        } catch (Exception e) {
            log.error("The benchmark failed", e);
            code = 1;
        }
        System.exit(code);
    }

    static BenchReport run(BenchArguments a) throws Exception {
        Path work = Files.createTempDirectory("canhbao-bench-");
        BenchWard ward = BenchWard.measured(a.residents());
        BenchWard warmUp = BenchWard.warmUp(WARM_UP_RESIDENTS, a.residents());
        System.out.printf(
                "bench: simulators at %d ms in a separate process; gateway data in %s%n", a.latencyMillis(), work);
        int followers = a.residents() + WARM_UP_RESIDENTS + SIMULATOR_WARM_UP_PEOPLE;
        try (SimulatorProcess simulators =
                SimulatorProcess.start(a.latencyMillis(), followers, work.resolve("simulators.log"))) {
            warmUp(simulators, a);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("spring.main.banner-mode", "off");
            properties.put(
                    "spring.datasource.url",
                    "jdbc:h2:file:" + work.resolve("canhbao").toAbsolutePath()
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            properties.put("canhbao.bench.twilio-url", simulators.twilio().toString());
            properties.put("canhbao.bench.zalo-url", simulators.zalo().toString());
            properties.put("canhbao.bench.fcm-url", simulators.fcm().toString());
            properties.put(
                    "canhbao.bench.loudspeaker-url", simulators.loudspeaker().toString());
            properties.put("canhbao.bench.zalo-access-token", simulators.zaloAccessToken());
            properties.put("canhbao.bench.zalo-refresh-token", simulators.zaloRefreshToken());
            ConfigurableApplicationContext gateway = new SpringApplicationBuilder(
                            CanhbaoApplication.class, BenchChannels.class)
                    .profiles("bench")
                    .properties(properties)
                    .run(gatewayArguments(a));
            FanOut fanOut;
            try {
                fanOut = measure(gateway, simulators, a, ward, warmUp);
            } finally {
                // Stopped before the ceiling loop, so that nothing of the gateway competes with it for the CPU.
                gateway.close();
            }
            long ceilingRequests = Math.max(fanOut.handovers().dispatches(), 20_000);
            System.out.printf(
                    "bench: ceiling, %,d requests at most, %d in flight, %d s at most%n",
                    ceilingRequests, a.ceilingInFlight(), a.ceilingLimit().toSeconds());
            CeilingLoop.Result ceiling = new CeilingLoop(simulators, 0, a.residents())
                    .run(ceilingRequests, a.ceilingInFlight(), a.ceilingLimit());
            BenchReport report = fanOut.report(a, ceiling);
            report.write(a.out());
            System.out.println(report.table());
            System.out.println("  written to " + a.out().toAbsolutePath());
            return report;
        } finally {
            removeDatabase(work);
        }
    }

    /**
     * Drives the simulators with the ceiling's plain loop before the gateway starts, to people of neither ward (one SMS
     * and one Zalo message each, so no one receives twice). They stand for providers whose servers are warm; a
     * simulator that compiles its own code while the measured ward's leaders are sent takes the cores they need.
     */
    private static void warmUp(SimulatorProcess simulators, BenchArguments a) throws InterruptedException {
        CeilingLoop.Result warm = new CeilingLoop(
                        simulators, a.residents() + WARM_UP_RESIDENTS, SIMULATOR_WARM_UP_PEOPLE)
                .run(2L * SIMULATOR_WARM_UP_PEOPLE, a.ceilingInFlight(), Duration.ofSeconds(60));
        System.out.printf("bench: simulators warmed up with %,d requests in %.1f s%n", warm.requests(), warm.seconds());
    }

    /**
     * The gateway's command line: the properties passed through, and the rate limit of {@code --rate}, which must
     * override the bench profile's own (default properties would not).
     */
    static String[] gatewayArguments(BenchArguments a) {
        List<String> args = new ArrayList<>(a.gatewayProperties());
        if (a.rate() != null) {
            args.add("--canhbao.bench.messages-per-second=" + a.rate());
        }
        return args.toArray(String[]::new);
    }

    /** Deletes the run's H2 files (gigabytes at 300,000 people); the simulators' log stays for a failed run. */
    private static void removeDatabase(Path work) {
        try (var files = Files.list(work)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("canhbao"))
                    .toList()) {
                Files.deleteIfExists(file);
            }
        } catch (java.io.IOException e) {
            System.err.println("bench: could not delete the database in " + work + ": " + e);
        }
    }

    /**
     * Waits, at most a minute, until the JIT compiler has caught up with what the warm-up made hot: a service between
     * two alerts sits idle, its compiler's queue empty.
     */
    private static void awaitCompilerQuiet() throws InterruptedException {
        long start = System.nanoTime();
        CpuByPart last = CpuByPart.now();
        int quiet = 0;
        while (quiet < 2 && System.nanoTime() - start < Duration.ofMinutes(1).toNanos()) {
            Thread.sleep(500);
            CpuByPart now = CpuByPart.now();
            double compiler = now.secondsSince(last).get(CpuByPart.COMPILER);
            quiet = compiler < 0.05 ? quiet + 1 : 0;
            last = now;
        }
        System.out.printf("bench: JIT compiler quiet after %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static FanOut measure(
            ConfigurableApplicationContext gateway,
            SimulatorProcess simulators,
            BenchArguments a,
            BenchWard ward,
            BenchWard warmUp)
            throws InterruptedException {
        var policies = gateway.getBean(WardPolicyRepository.class);
        var recipients = gateway.getBean(RecipientRepository.class);
        var clusters = gateway.getBean(LoudspeakerClusterRepository.class);
        var intake = gateway.getBean(BulletinIntake.class);
        var jdbc = gateway.getBean(JdbcTemplate.class);
        var gauge = new PipelineGauge(gateway.getBean(io.micrometer.core.instrument.MeterRegistry.class));

        long seedStart = System.nanoTime();
        ward.seed(policies, recipients, clusters);
        warmUp.seed(policies, recipients, clusters);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        System.out.printf("bench: seeded %,d residents in %.1f s%n", ward.residents(), seedSeconds);

        intake.accept(BenchBulletin.forWard(BenchWard.WARM_UP_CODE), "bench");
        if (!awaitSettled(gauge, 0, warmUp.expectedDispatches(), Duration.ofSeconds(120), null)) {
            throw new IllegalStateException("The warm-up alert was not handed over within 120 s");
        }
        System.out.println("bench: warm-up alert handed over");
        awaitCompilerQuiet();
        System.out.println("bench: issuing the measured alert");
        System.gc();

        long settledBefore = gauge.settled();
        double planBefore = gauge.planSeconds();
        long redrivenBefore = gauge.redriven();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Duration simulatorCpuBefore = simulators.cpu();
        long cpuBefore;
        try (HeapWatch heap = new HeapWatch()) {
            double loadAtIssue = os.getSystemLoadAverage();
            CpuByPart partsBefore = CpuByPart.now();
            cpuBefore = os.getProcessCpuTime();
            Instant issued = Instant.now();
            UUID alertId = intake.accept(BenchBulletin.forWard(BenchWard.CODE), "bench")
                    .alertIds()
                    .getFirst()
                    .value();
            long deadline = System.nanoTime() + a.timeout().toNanos();
            boolean completed = awaitSettled(gauge, settledBefore, ward.expectedDispatches(), a.timeout(), heap);
            Handovers handovers = Handovers.of(jdbc, alertId);
            // The meters count attempts; a dispatch sent twice counts twice. The rows say what is settled.
            while (completed && handovers.accepted() + handovers.failed() < handovers.dispatches()) {
                if (System.nanoTime() > deadline) {
                    completed = false;
                    break;
                }
                heap.sample();
                Thread.sleep(Duration.ofSeconds(1));
                handovers = Handovers.of(jdbc, alertId);
            }
            long cpuAfter = os.getProcessCpuTime();
            Map<String, Double> cpuByPart = CpuByPart.now().secondsSince(partsBefore);
            Duration simulatorCpu = simulators.cpu().minus(simulatorCpuBefore);
            long attempts = gauge.settled() - settledBefore;
            Map<String, Object> providerStats = simulators.stats();
            return new FanOut(
                    ward,
                    issued,
                    completed && handovers.accepted() + handovers.failed() == handovers.dispatches(),
                    handovers,
                    attempts,
                    gauge.planSeconds() - planBefore,
                    gauge.redriven() - redrivenBefore,
                    (cpuAfter - cpuBefore) / 1e9,
                    cpuByPart,
                    simulatorCpu.toNanos() / 1e9,
                    heap.peakBytes(),
                    heap.peakAfterGcBytes(),
                    heap.pauseSeconds(),
                    seedSeconds,
                    loadAtIssue,
                    os.getSystemLoadAverage(),
                    settings(gateway.getEnvironment()),
                    providerStats);
        }
    }

    /** Waits until {@code expected} more dispatches have settled than {@code before}; false at the timeout. */
    private static boolean awaitSettled(
            PipelineGauge gauge, long before, long expected, Duration timeout, HeapWatch heap)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long lastPrint = start;
        while (System.nanoTime() < deadline) {
            long settled = gauge.settled() - before;
            if (heap != null) {
                heap.sample();
            }
            if (settled >= expected) {
                return true;
            }
            if (heap != null && System.nanoTime() - lastPrint > 5_000_000_000L) {
                lastPrint = System.nanoTime();
                System.out.printf(
                        "bench: %5.1f s  %,d of %,d handed over%n", (lastPrint - start) / 1e9, settled, expected);
            }
            Thread.sleep(POLL);
        }
        return false;
    }

    private static Map<String, Object> settings(Environment env) {
        Map<String, Object> s = new LinkedHashMap<>();
        for (String key : new String[] {
            "canhbao.bench.sms-concurrency",
            "canhbao.bench.zalo-concurrency",
            "canhbao.bench.push-concurrency",
            "canhbao.bench.loudspeaker-concurrency",
            "canhbao.bench.messages-per-second",
            "canhbao.kafka.partitions.dispatch",
            "spring.kafka.listener.concurrency",
            "spring.kafka.consumer.max-poll-records",
            "spring.kafka.producer.properties.linger.ms"
        }) {
            s.put(key, env.getProperty(key, "default"));
        }
        return s;
    }
}
