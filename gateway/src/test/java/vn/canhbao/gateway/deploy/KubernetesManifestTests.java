package vn.canhbao.gateway.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.canhbao.gateway.deploy.DeployFiles.at;
import static vn.canhbao.gateway.deploy.DeployFiles.scalar;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.messaging.Topics;

/**
 * {@code deploy/k8s} against the service's configuration (#17): the probes are Actuator's health groups on the service's
 * port, the ServiceMonitor scrapes the management port, every variable is one prod reads, and Strimzi's topics are
 * canhbao's with the partitions and replication canhbao is told to expect.
 */
class KubernetesManifestTests {

    private final ProdSettings settings = new ProdSettings();
    private final KubernetesManifests k8s = KubernetesManifests.load();

    @Test
    void theProbesAreActuatorsHealthGroupsOnTheServicesPort() {
        Map<String, String> env = configMap();
        assertThat(settings.value("management.endpoint.health.probes.enabled", env))
                .isEqualTo("true");
        Map<String, Object> container = k8s.container();
        assertThat(k8s.containerPort("http")).isEqualTo(Integer.parseInt(settings.value("server.port", env)));
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(scalar(at(container, probe + ".httpGet.port"))).as(probe).isEqualTo("http");
        }
        assertThat(scalar(at(container, "livenessProbe.httpGet.path"))).isEqualTo("/actuator/health/liveness");
        assertThat(scalar(at(container, "startupProbe.httpGet.path"))).isEqualTo("/actuator/health/liveness");
        assertThat(scalar(at(container, "readinessProbe.httpGet.path"))).isEqualTo("/actuator/health/readiness");
        assertThat((Integer) at(one("Deployment"), "spec.replicas")).isEqualTo(2);
        assertThat(scalar(at(container, "resources.requests.cpu"))).isNotBlank();
        assertThat(scalar(at(container, "resources.limits.memory"))).isNotBlank();
    }

    @Test
    void theServiceMonitorScrapesTheManagementPort() {
        int management = Integer.parseInt(settings.value("management.server.port", configMap()));
        assertThat(management).isEqualTo(9464);
        assertThat(k8s.containerPort("management")).isEqualTo(management);
        Map<String, Object> labels = at(one("Deployment"), "spec.template.metadata.labels");

        List<Map<String, Object>> servicePorts = at(one("Service"), "spec.ports");
        Map<String, Object> monitored = servicePorts.stream()
                .filter(p -> "management".equals(p.get("targetPort")))
                .findFirst()
                .orElseThrow();
        assertThat(labels).containsAllEntriesOf(at(one("Service"), "spec.selector"));

        Map<String, Object> monitor = one("ServiceMonitor");
        assertThat(monitor).containsEntry("apiVersion", "monitoring.coreos.com/v1");
        List<Map<String, Object>> endpoints = at(monitor, "spec.endpoints");
        assertThat(endpoints).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("port", monitored.get("name"));
            assertThat(e).containsEntry("path", "/actuator/prometheus");
        });
        Map<String, Object> serviceLabels = at(one("Service"), "metadata.labels");
        assertThat(serviceLabels).containsAllEntriesOf(at(monitor, "spec.selector.matchLabels"));
        assertThat(labels).containsAllEntriesOf(at(one("PodDisruptionBudget"), "spec.selector.matchLabels"));
    }

    @Test
    void everyVariableIsOneProdReadsAndWhatProdNeedsIsThere() {
        Map<String, Object> container = k8s.container();
        List<Map<String, Object>> envFrom = at(container, "envFrom");
        assertThat(envFrom).singleElement().satisfies(e -> assertThat(scalar(at(e, "configMapRef.name")))
                .isEqualTo(scalar(at(one("ConfigMap"), "metadata.name"))));
        assertThat(configMap()).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        assertThat(configMap().keySet()).allMatch(settings::reads, "read by the service");

        Map<String, Boolean> fromSecret = new LinkedHashMap<>();
        List<Map<String, Object>> env = at(container, "env");
        for (Map<String, Object> variable : env) {
            Map<String, Object> ref = at(variable, "valueFrom.secretKeyRef");
            assertThat(ref).as("%s comes from the Secret", variable.get("name")).isNotNull();
            assertThat(ref).containsEntry("name", "canhbao").containsEntry("key", variable.get("name"));
            fromSecret.put((String) variable.get("name"), Boolean.TRUE.equals(ref.get("optional")));
        }
        assertThat(fromSecret.keySet()).allMatch(settings::reads, "read by the service");
        assertThat(DeployFiles.text("k8s/secret.example.env").lines().filter(l -> l.endsWith("=")))
                .map(l -> l.substring(0, l.length() - 1))
                .containsExactlyElementsOf(fromSecret.keySet());

        for (Set<String> alternatives : settings.required()) {
            assertThat(alternatives)
                    .as("one of %s set by the ConfigMap or a Secret key that is not optional", alternatives)
                    .anyMatch(
                            v -> !configMap().getOrDefault(v, "").isBlank() || Boolean.FALSE.equals(fromSecret.get(v)));
        }
    }

    @Test
    void strimzisTopicsAreCanhbaosWithThePartitionsItExpects() throws Exception {
        Map<String, String> env = configMap();
        int replicationFactor = Integer.parseInt(settings.value("canhbao.kafka.replication-factor", env));
        int bulletins = Integer.parseInt(settings.value("canhbao.kafka.partitions.bulletins", env));
        int alerts = Integer.parseInt(settings.value("canhbao.kafka.partitions.alerts", env));
        int dispatch = Integer.parseInt(settings.value("canhbao.kafka.partitions.dispatch", env));
        int events = Integer.parseInt(settings.value("canhbao.kafka.partitions.delivery-events", env));
        // As TopicsConfiguration and AckTopics create them.
        Map<String, Integer> expected = new TreeMap<>();
        expected.put(Topics.BULLETINS, bulletins);
        expected.put(Topics.BULLETINS_DEAD_LETTER, 1);
        expected.put(Topics.ALERTS, alerts);
        expected.put(Topics.DELIVERY_EVENTS, events);
        expected.put(Topics.ZALO_EVENTS, events);
        expected.put(acksTopic(), events);
        for (Channel channel : Channel.values()) {
            expected.put(Topics.dispatch(channel), dispatch);
            expected.put(Topics.urgentDispatch(channel), dispatch);
            expected.put(Topics.deadLetter(channel), 1);
        }
        // The sizes docs/performance.md gives a province of 3 million.
        assertThat(alerts).isEqualTo(24);
        assertThat(dispatch).isEqualTo(48);

        Map<String, Integer> declared = new TreeMap<>();
        for (Map<String, Object> topic : k8s.all("KafkaTopic")) {
            assertThat(topic).containsEntry("apiVersion", "kafka.strimzi.io/v1beta2");
            // Strimzi's spec.topicName, where the topic's name is no Kubernetes name (an underscore), else the
            // resource's.
            String name = ((Map<?, ?>) at(topic, "spec")).containsKey("topicName")
                    ? at(topic, "spec.topicName")
                    : at(topic, "metadata.name");
            Map<String, Object> labels = at(topic, "metadata.labels");
            assertThat(labels).containsEntry("strimzi.io/cluster", at(one("Kafka"), "metadata.name"));
            assertThat((Integer) at(topic, "spec.replicas")).as(name).isEqualTo(replicationFactor);
            assertThat(scalar(((Map<?, ?>) at(topic, "spec.config")).get("min.insync.replicas")))
                    .isEqualTo("2");
            declared.put(name, at(topic, "spec.partitions"));
        }
        assertThat(declared).isEqualTo(expected);

        String bootstrap = at(one("Kafka"), "metadata.name") + "-kafka-bootstrap:9092";
        assertThat(env).containsEntry("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        Map<String, Object> config = at(one("Kafka"), "spec.kafka.config");
        assertThat(scalar(config.get("default.replication.factor"))).isEqualTo(Integer.toString(replicationFactor));
        assertThat(scalar(config.get("min.insync.replicas"))).isEqualTo("2");
        assertThat(scalar(config.get("auto.create.topics.enable"))).isEqualTo("false");
        Map<String, Object> pool = one("KafkaNodePool");
        assertThat((Integer) at(pool, "spec.replicas")).isGreaterThanOrEqualTo(replicationFactor);
        List<String> roles = at(pool, "spec.roles");
        assertThat(roles).containsExactlyInAnyOrder("controller", "broker");

        // Each lane's consumers across replicas (one per lane each, canhbao.pipeline.consumers-per-lane) need a
        // partition apiece, or the extra replicas only wait.
        int consumersPerLane = Integer.parseInt(settings.value("canhbao.pipeline.consumers-per-lane", env));
        Map<String, Object> autoscaler = one("HorizontalPodAutoscaler");
        assertThat((Integer) at(autoscaler, "spec.minReplicas")).isGreaterThanOrEqualTo(2);
        assertThat((Integer) at(autoscaler, "spec.maxReplicas") * consumersPerLane)
                .isLessThanOrEqualTo(dispatch);
        assertThat(scalar(at(autoscaler, "spec.scaleTargetRef.name")))
                .isEqualTo(scalar(at(one("Deployment"), "metadata.name")));
    }

    private Map<String, Object> one(String kind) {
        return k8s.one(kind);
    }

    private Map<String, String> configMap() {
        Map<String, Object> data = at(one("ConfigMap"), "data");
        Map<String, String> env = new LinkedHashMap<>();
        data.forEach((k, v) -> env.put(k, scalar(v)));
        return env;
    }

    /** {@code AckTopics.ACKS}: the ack package keeps its topic's name to itself. */
    private static String acksTopic() throws Exception {
        Field acks = Class.forName("vn.canhbao.gateway.ack.AckTopics").getDeclaredField("ACKS");
        acks.setAccessible(true);
        return (String) acks.get(null);
    }
}
