package vn.canhbao.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A province's deployment in miniature, every part its own process: three Kafka brokers, two canhbao replicas in
 * {@code prod} on PostgreSQL, and the provider simulators. A ward of residents is imported through the API and warned
 * by the README's sample bulletin; when a third of them have their SMS, one broker and one replica are killed with
 * {@code kill -9}. The test then waits until every dispatch is settled, counts at the simulator and in the database,
 * and prints one JSON line (the last line of its output). It exits 1 when anyone was missed, when more were sent twice
 * than the dead replica had in flight, when the takeover took more than 15 s, or when the provider saw more than 10 %
 * over the account's rate.
 */
public final class ClusterTest {

    private static final Set<String> UNSETTLED = Set.of("PLANNED", "SENDING", "RETRY_WAIT");
    private static final Duration TAKEOVER_TARGET = Duration.ofSeconds(15);

    private ClusterTest() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path repo = Path.of(options.getOrDefault("--repo", ".")).toAbsolutePath().normalize();
        Path work = Path.of(options.getOrDefault("--work", "deploy/cluster/target/run")).toAbsolutePath();
        int residents = Integer.parseInt(options.getOrDefault("--residents", "20000"));
        int rate = Integer.parseInt(options.getOrDefault("--rate", "400"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = repo.resolve("gateway/target/canhbao-gateway.jar");
        Path benchJar = repo.resolve("gateway/bench/target/canhbao-bench.jar");
        Path kafkaLib = repo.resolve("deploy/cluster/target/kafka-lib");
        Files.createDirectories(work);

        Map<String, Object> result = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        try (Database db = Database.create(
                        options.getOrDefault("--pg-host", "127.0.0.1"),
                        Integer.parseInt(options.getOrDefault("--pg-port", "5432")),
                        options.getOrDefault("--pg-user", "postgres"),
                        options.getOrDefault("--pg-password", ""));
                KafkaCluster kafka = step("3 Kafka brokers", () -> KafkaCluster.start(3, kafkaLib, work, java));
                Simulators simulators =
                        step("the simulators", () -> Simulators.start(java, benchJar, 20, work.resolve("simulators.log")));
                Replicas replicas = new Replicas()) {
            String apiKey = secret(24);
            String adminPassword = secret(16);
            Map<String, String> env = new HashMap<>();
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            env.put("DATABASE_URL", db.url());
            env.put("DATABASE_USERNAME", db.user());
            env.put("DATABASE_PASSWORD", db.password());
            env.put("CANHBAO_API_KEYS", "cluster-test:" + apiKey);
            env.put("CANHBAO_ADMIN_USERNAME", "admin");
            env.put("CANHBAO_ADMIN_PASSWORD", adminPassword);
            env.put("CANHBAO_SUBSCRIPTION_SECRET", secret(32));
            env.put("TWILIO_ACCOUNT_SID", "AC00000000000000000000000000000000");
            env.put("TWILIO_AUTH_TOKEN", "simulator-auth-token");
            env.put("TWILIO_FROM", "CANHBAO");
            env.put("TWILIO_BASE_URL", simulators.twilio().toString());
            env.put("CANHBAO_CHANNELS_TWILIO_LIMITS_MESSAGES_PER_SECOND", Integer.toString(rate));
            env.put("CANHBAO_CHANNELS_TWILIO_LIMITS_MAX_CONCURRENCY", "40");

            // One after the other: the first creates the schema and the topics, the second joins.
            Replica a = step("replica a", () -> replicas.add(
                    Replica.start("replica-a", java, jar, env, work.resolve("replica-a.log")).awaitReady(Duration.ofMinutes(3))));
            Replica b = step("replica b", () -> replicas.add(
                    Replica.start("replica-b", java, jar, env, work.resolve("replica-b.log")).awaitReady(Duration.ofMinutes(3))));
            // Both hold dispatch partitions, so each has its share of the account's rate and no more.
            a.awaitSmsRate(rate * 0.75, Duration.ofMinutes(1));
            b.awaitSmsRate(rate * 0.75, Duration.ofMinutes(1));

            Ward ward = new Ward(residents);
            step("the ward of " + residents + " residents", () -> {
                ward.setUp(a.url("/"), "admin", adminPassword);
                return ward;
            });
            UUID incarnationA = db.incarnationOf(a.process().pid()).orElseThrow();

            Instant posted = Instant.now();
            Thread progress = Thread.ofVirtual().start(() -> {
                int last = 0;
                try {
                    while (true) {
                        Launched.pause(2000);
                        int now = simulators.smsAccepted();
                        log("SMS at the provider: " + now + " (" + (now - last) / 2 + "/s)");
                        last = now;
                    }
                } catch (RuntimeException stopped) {
                    // the fan-out is settled
                }
            });
            UUID alert = postSample(java, jar, repo, a, apiKey, work);
            log("alert " + alert + " issued; waiting for a third of the SMS");
            a.process().await(() -> simulators.smsAccepted() >= residents / 3, "a third handed over", Duration.ofMinutes(5));

            Instant killed = Instant.now();
            a.process().kill();
            kafka.broker(1).kill();
            Map<String, Integer> atKill = simulators.smsByRecipient();
            List<Database.Claim> heldByDead = db.claimedBy(alert, incarnationA);
            long inFlight = heldByDead.stream()
                    .filter(c -> atKill.getOrDefault(c.address(), 0) > 0)
                    .count();
            log("killed replica a (" + heldByDead.size() + " claims in hand, " + inFlight + " of them already at the"
                    + " provider) and broker-2 with " + atKill.values().stream().mapToInt(i -> i).sum() + " SMS sent");

            Set<UUID> claimed = heldByDead.stream().map(Database.Claim::id).collect(Collectors.toSet());
            double takeover = -1;
            if (!claimed.isEmpty()) {
                b.process().await(() -> db.handedOverAmong(claimed) > 0, "the dead replica's claims taken over",
                        Duration.ofMinutes(3));
                takeover = seconds(killed, Instant.now());
            }
            b.process().await(() -> {
                        Map<String, Integer> s = db.statuses(alert);
                        return s.values().stream().mapToInt(i -> i).sum() >= residents
                                && s.keySet().stream().noneMatch(UNSETTLED::contains);
                    },
                    "every dispatch settled",
                    Duration.ofMinutes(10));
            double handover = seconds(posted, Instant.now());
            progress.interrupt();

            Map<String, Integer> received = simulators.smsByRecipient();
            long missed = ward.e164().stream().filter(p -> received.getOrDefault(p, 0) == 0).count();
            long duplicates = received.values().stream().mapToLong(n -> Math.max(0, n - 1)).sum();
            int peak = simulators.smsPeakPerSecond();
            Map<String, Integer> statuses = db.statuses(alert);

            result.put("residents", residents);
            result.put("dispatches", statuses.values().stream().mapToInt(i -> i).sum());
            result.put("missed", missed);
            result.put("duplicates", duplicates);
            result.put("inFlightAtKill", inFlight);
            result.put("takeoverSeconds", takeover);
            result.put("brokersKilled", 1);
            result.put("replicasKilled", 1);
            result.put("handoverSeconds", handover);
            result.put("rateLimit", rate);
            result.put("peakPerSecond", peak);
            result.put("statuses", statuses);

            if (missed > 0) {
                failures.add(missed + " residents got nothing");
            }
            if (duplicates > inFlight) {
                failures.add(duplicates + " duplicates, more than the " + inFlight + " sends in flight at the kill");
            }
            if (takeover < 0 || takeover > TAKEOVER_TARGET.toSeconds()) {
                failures.add("takeover took " + takeover + " s (target " + TAKEOVER_TARGET.toSeconds() + " s)");
            }
            if (peak > rate * 1.1) {
                failures.add("the provider saw " + peak + " SMS in one second, over the account's " + rate + "/s");
            }
        } catch (Exception e) {
            failures.add(String.valueOf(e.getMessage()));
            e.printStackTrace();
        }
        failures.forEach(f -> System.err.println("FAILED: " + f));
        System.out.println(json(result));
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /** The README's sample bulletin for Xã Cao Minh, posted by the jar's own {@code post-sample} as upstream would. */
    private static UUID postSample(String java, Path jar, Path repo, Replica replica, String apiKey, Path work)
            throws IOException, InterruptedException {
        Path out = work.resolve("post-sample.log");
        ProcessBuilder post = new ProcessBuilder(java, "-jar", jar.toString(), "post-sample")
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile());
        post.environment().put("CANHBAO_URL", replica.url("").toString());
        post.environment().put("CANHBAO_LOCAL_API_KEY", apiKey);
        int exit = post.start().waitFor();
        String answer = Files.readString(out, StandardCharsets.UTF_8);
        Matcher id = Pattern.compile("\"alertIds\":\\[\"([0-9a-f-]{36})\"").matcher(answer);
        if (exit != 0 || !id.find()) {
            throw new IllegalStateException("The sample bulletin made no alert: " + answer);
        }
        return UUID.fromString(id.group(1));
    }

    /** The replicas started, closed (stopped) together. */
    private static final class Replicas implements AutoCloseable {
        private final List<Replica> started = new ArrayList<>();

        Replica add(Replica replica) {
            started.add(replica);
            return replica;
        }

        @Override
        public void close() {
            started.forEach(Replica::close);
        }
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private static <T> T step(String what, Step<T> step) throws Exception {
        Instant start = Instant.now();
        log("starting " + what);
        T result = step.run();
        log(what + ": ready in " + seconds(start, Instant.now()) + " s");
        return result;
    }

    private static void log(String line) {
        System.err.println("[cluster-test " + Instant.now() + "] " + line);
    }

    private static double seconds(Instant from, Instant to) {
        return Math.round(Duration.between(from, to).toMillis() / 100.0) / 10.0;
    }

    private static String secret(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String json(Map<String, ?> map) {
        return map.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":"
                        + (e.getValue() instanceof Map<?, ?> m ? json(castMap(m)) : String.valueOf(e.getValue())))
                .collect(Collectors.joining(",", "{", "}"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castMap(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }
}
