package vn.canhbao.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Three Kafka brokers in KRaft mode, each its own JVM from Apache Kafka's release jars, each both broker and controller
 * (a quorum of three survives losing one), with the durability a province runs: every topic replicated three times
 * and a write acknowledged by at least two.
 */
final class KafkaCluster implements AutoCloseable {

    private final List<Launched> brokers = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();

    private KafkaCluster() {}

    static KafkaCluster start(int size, Path lib, Path home, String java) {
        KafkaCluster cluster = new KafkaCluster();
        List<Integer> controllerPorts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            cluster.ports.add(freePort());
            controllerPorts.add(freePort());
        }
        String voters = IntStream.range(0, size)
                .mapToObj(i -> (i + 1) + "@127.0.0.1:" + controllerPorts.get(i))
                .collect(Collectors.joining(","));
        String clusterId = clusterId();
        String classPath = lib.toAbsolutePath() + "/*";
        List<Path> configs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Path dir = home.resolve("broker-" + (i + 1));
            Path config = dir.resolve("server.properties");
            write(config, String.join(
                    "\n",
                    "process.roles=broker,controller",
                    "node.id=" + (i + 1),
                    "controller.quorum.voters=" + voters,
                    "listeners=PLAINTEXT://127.0.0.1:" + cluster.ports.get(i) + ",CONTROLLER://127.0.0.1:"
                            + controllerPorts.get(i),
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + cluster.ports.get(i),
                    "controller.listener.names=CONTROLLER",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "inter.broker.listener.name=PLAINTEXT",
                    "log.dirs=" + dir.resolve("data").toAbsolutePath(),
                    "default.replication.factor=3",
                    "min.insync.replicas=2",
                    "offsets.topic.replication.factor=3",
                    "transaction.state.log.replication.factor=3",
                    "transaction.state.log.min.isr=2",
                    "group.initial.rebalance.delay.ms=0",
                    // Two cores carry three brokers and two replicas: few threads each.
                    "num.network.threads=2",
                    "num.io.threads=2",
                    "background.threads=2",
                    "log.flush.interval.ms=9223372036854775807",
                    ""));
            configs.add(config);
            Launched format = Launched.start(
                    "format broker-" + (i + 1),
                    List.of(java, "-Xmx256m", "-cp", classPath, "kafka.tools.StorageTool", "format", "--cluster-id",
                            clusterId, "--config", config.toString()),
                    Map.of(),
                    dir.resolve("format.log"));
            format.awaitSuccess(Duration.ofSeconds(120));
        }
        for (int i = 0; i < size; i++) {
            cluster.brokers.add(Launched.start(
                    "broker-" + (i + 1),
                    List.of(
                            java,
                            "-Xms256m",
                            "-Xmx512m",
                            "-XX:+UseSerialGC",
                            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                            "-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaRaftServer=info",
                            "-Dorg.slf4j.simpleLogger.showDateTime=true",
                            "-cp",
                            classPath,
                            "kafka.Kafka",
                            configs.get(i).toString()),
                    Map.of(),
                    home.resolve("broker-" + (i + 1) + ".log")));
        }
        for (Launched broker : cluster.brokers) {
            broker.awaitLog("Kafka Server started", Duration.ofSeconds(120));
        }
        return cluster;
    }

    /** What clients are given: every broker, so that any one of them may be gone. */
    String bootstrapServers() {
        return ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    }

    Launched broker(int index) {
        return brokers.get(index);
    }

    @Override
    public void close() {
        brokers.forEach(Launched::close);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A KRaft cluster id: 16 random bytes, base64url without padding, as {@code kafka-storage random-uuid} prints. */
    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        byte[] bytes = ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits())
                .array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
