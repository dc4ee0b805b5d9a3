package vn.canhbao.gateway.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.canhbao.gateway.deploy.DeployFiles.at;
import static vn.canhbao.gateway.deploy.DeployFiles.scalar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/compose.yaml} against what the prod profile reads (#17). These machines have no container runtime, so
 * the file is parsed, not run: every variable the replicas get is one the service reads, everything prod needs is
 * set, the ports are the service's, and the brokers keep what canhbao's topics are created with.
 */
class ComposeFileTests {

    private static final String IMAGE = "canhbao/gateway";

    private final ProdSettings settings = new ProdSettings();
    private final Map<String, Object> compose = DeployFiles.yaml("compose.yaml");
    private final Map<String, Map<String, Object>> services = at(compose, "services");

    @Test
    void twoReplicasRunTheProdProfile() {
        assertThat(replicas()).hasSize(2);
        replicas().values().forEach(env -> assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "prod"));
    }

    @Test
    void everyVariableTheReplicasGetIsOneTheServiceReads() {
        replicas().forEach((name, env) -> assertThat(env.keySet())
                .as("variables of %s that neither application.yml, application-prod.yml nor a property reads", name)
                .allMatch(settings::reads, "read by the service"));
    }

    @Test
    void everythingProdCannotStartWithoutIsSet() {
        replicas().forEach((name, env) -> {
            for (Set<String> alternatives : settings.required()) {
                assertThat(alternatives)
                        .as("%s sets one of %s", name, alternatives)
                        .anyMatch(variable -> isSet(env.get(variable)));
            }
        });
    }

    @Test
    void healthChecksAndScrapesUseTheServicesPorts() {
        Map<String, String> env = replicas().values().iterator().next();
        String servicePort = settings.value("server.port", env);
        String managementPort = settings.value("management.server.port", env);
        assertThat(managementPort).isEqualTo("9464");

        replicas().keySet().forEach(name -> {
            Map<String, Object> service = services.get(name);
            assertThat(scalars(service.get("expose"))).contains(servicePort, managementPort);
            String healthCheck = String.join(" ", scalars(at(service, "healthcheck.test")));
            assertThat(healthCheck)
                    .contains("/dev/tcp/127.0.0.1/" + servicePort)
                    .contains("GET /actuator/health/readiness ");
            assertThat(scalars(service.get("ports")))
                    .as("%s publishes only the service's port, never the management port", name)
                    .allMatch(p -> p.endsWith(":" + servicePort));
        });

        Map<String, Object> prometheus = DeployFiles.yaml("prometheus/prometheus-compose.yml");
        List<Map<String, Object>> jobs = at(prometheus, "scrape_configs");
        Map<String, Object> job = jobs.getFirst();
        assertThat(job).containsEntry("job_name", "canhbao").containsEntry("metrics_path", "/actuator/prometheus");
        List<String> targets = new ArrayList<>();
        List<Map<String, Object>> staticConfigs = at(job, "static_configs");
        staticConfigs.forEach(c -> targets.addAll(scalars(c.get("targets"))));
        assertThat(targets)
                .containsExactlyInAnyOrderElementsOf(replicas().keySet().stream()
                        .map(name -> name + ":" + managementPort)
                        .toList());
        assertThat(scalars(prometheus.get("rule_files"))).containsExactly("canhbao-rules.yml");
        assertThat(scalars(at(services.get("prometheus"), "volumes")))
                .contains("./prometheus/prometheus-compose.yml:/etc/prometheus/prometheus.yml:ro")
                .contains("./prometheus/canhbao-rules.yml:/etc/prometheus/canhbao-rules.yml:ro");
        assertThat(scalars(at(services.get("grafana"), "volumes")))
                .contains("./grafana/provisioning:/etc/grafana/provisioning:ro")
                .contains("./grafana/canhbao.json:/var/lib/grafana/dashboards/canhbao.json:ro");
    }

    @Test
    void theBrokersKeepTheReplicationCanhbaoCreatesItsTopicsWith() {
        Map<String, String> env = replicas().values().iterator().next();
        int replicationFactor = Integer.parseInt(settings.value("canhbao.kafka.replication-factor", env));
        Map<String, Map<String, String>> brokers = brokers();

        assertThat(brokers).hasSizeGreaterThanOrEqualTo(replicationFactor);
        Set<String> nodeIds = new TreeSet<>();
        List<String> voters = new ArrayList<>();
        List<String> bootstrap = new ArrayList<>();
        brokers.forEach((name, broker) -> {
            assertThat(broker)
                    .as(name)
                    .containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                    .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", Integer.toString(replicationFactor))
                    .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", Integer.toString(replicationFactor))
                    .containsEntry(
                            "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", Integer.toString(replicationFactor))
                    .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
            // acks=all with one replica allowed to be missing: at least two acknowledge, fewer than all are needed.
            int minInSync = Integer.parseInt(broker.get("KAFKA_MIN_INSYNC_REPLICAS"));
            assertThat(minInSync).as(name).isGreaterThanOrEqualTo(2).isLessThan(replicationFactor);
            assertThat(broker.get("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR")).isEqualTo(Integer.toString(minInSync));
            assertThat(nodeIds.add(broker.get("KAFKA_NODE_ID")))
                    .as("node id of %s is unique", name)
                    .isTrue();
            voters.add(broker.get("KAFKA_NODE_ID") + "@" + name + ":9093");
            assertThat(broker.get("KAFKA_ADVERTISED_LISTENERS")).isEqualTo("PLAINTEXT://" + name + ":9092");
            bootstrap.add(name + ":9092");
        });
        Set<String> clusterIds = new TreeSet<>();
        brokers.values().forEach(broker -> {
            assertThat(List.of(broker.get("KAFKA_CONTROLLER_QUORUM_VOTERS").split(",")))
                    .containsExactlyInAnyOrderElementsOf(voters);
            clusterIds.add(broker.get("CLUSTER_ID"));
        });
        assertThat(clusterIds).as("one cluster").hasSize(1);
        replicas().values().forEach(replica -> assertThat(
                        List.of(replica.get("KAFKA_BOOTSTRAP_SERVERS").split(",")))
                .containsExactlyInAnyOrderElementsOf(bootstrap));
    }

    @Test
    void theSimulatorsRunOnlyInStagingWhereTheReplicasAreSentToThem() {
        Set<String> staging = new TreeSet<>();
        services.forEach((name, service) -> {
            if (scalars(service.get("profiles")).contains("staging")) {
                staging.add(name);
                assertThat(String.join(" ", scalars(service.get("entrypoint"))))
                        .contains("-Dloader.main=vn.canhbao.channels.simulator.");
            }
        });
        assertThat(staging).containsExactlyInAnyOrder("twilio-simulator", "zalo-simulator", "loudspeaker-simulator");

        // Every variable staging.env sets is one compose.yaml passes on.
        Set<String> interpolated = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(DeployFiles.text("compose.yaml"));
        while (m.find()) {
            interpolated.add(m.group(1));
        }
        Map<String, String> stagingEnv = envFile("staging.env");
        assertThat(interpolated).containsAll(stagingEnv.keySet());
        assertThat(stagingEnv.get("TWILIO_BASE_URL")).isEqualTo("http://twilio-simulator:8089");
        assertThat(stagingEnv.get("LOUDSPEAKER_BASE_URL")).isEqualTo("http://loudspeaker-simulator:8091");
        assertThat(stagingEnv.get("ZALO_BASE_URL")).isEqualTo("http://zalo-simulator:8090");
        assertThat(envFile("compose.env.example").keySet())
                .as("compose.env.example names only what compose.yaml passes on")
                .allMatch(interpolated::contains);
    }

    /** The canhbao replicas (the service's image, not a simulator) and their environment. */
    private Map<String, Map<String, String>> replicas() {
        Map<String, Map<String, String>> replicas = new LinkedHashMap<>();
        services.forEach((name, service) -> {
            if (String.valueOf(service.get("image")).startsWith(IMAGE) && !service.containsKey("profiles")) {
                replicas.put(name, environment(service));
            }
        });
        return replicas;
    }

    private Map<String, Map<String, String>> brokers() {
        Map<String, Map<String, String>> brokers = new LinkedHashMap<>();
        services.forEach((name, service) -> {
            if (String.valueOf(service.get("image")).startsWith("apache/kafka:")) {
                brokers.put(name, environment(service));
            }
        });
        return brokers;
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, Object> raw = at(service, "environment");
        Map<String, String> env = new LinkedHashMap<>();
        raw.forEach((k, v) -> env.put(k, scalar(v)));
        return env;
    }

    /** Set for good: a value, or a compose variable that must be given ({@code ${X:?why}}); not {@code ${X:-}}. */
    private static boolean isSet(String value) {
        return value != null && !value.isBlank() && !value.matches("\\$\\{[A-Z0-9_]+:?-}");
    }

    private static List<String> scalars(Object list) {
        List<String> values = new ArrayList<>();
        if (list instanceof List<?> items) {
            items.forEach(i -> values.add(scalar(i)));
        }
        return values;
    }

    private static Map<String, String> envFile(String relative) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : DeployFiles.text(relative).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                env.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return env;
    }
}
