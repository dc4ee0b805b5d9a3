package vn.canhbao.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One canhbao replica, the product's jar in the {@code prod} profile, configured only by environment variables. */
final class Replica implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Launched process;
    private final int port;
    private final int managementPort;

    private Replica(Launched process, int port, int managementPort) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
    }

    static Replica start(String name, String java, Path jar, Map<String, String> environment, Path log) {
        int port = KafkaCluster.freePort();
        int managementPort = KafkaCluster.freePort();
        Map<String, String> env = new HashMap<>(environment);
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("MANAGEMENT_SERVER_PORT", Integer.toString(managementPort));
        env.put("MANAGEMENT_SERVER_ADDRESS", "127.0.0.1");
        Launched process = Launched.start(
                name,
                List.of(java, "-Xms256m", "-Xmx768m", "-jar", jar.toAbsolutePath().toString()),
                env,
                log);
        return new Replica(process, port, managementPort);
    }

    /** Waits until the replica says it is ready for traffic, as a load balancer would ask it. */
    Replica awaitReady(Duration timeout) {
        process.await(() -> get(url("/actuator/health/readiness")) == 200, "readiness", timeout);
        return this;
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    Launched process() {
        return process;
    }

    /** The replica's share of the SMS account's rate, from its own gauge; empty before it reports one. */
    OptionalDouble smsRate() {
        String scrape = body(URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"));
        Matcher m = Pattern.compile("(?m)^canhbao_provider_rate[a-z_]*\\{[^}]*channel=\"SMS\"[^}]*} ([0-9.eE+-]+)$")
                .matcher(scrape);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }

    void awaitSmsRate(double atMost, Duration timeout) {
        process.await(
                () -> smsRate().orElse(Double.MAX_VALUE) <= atMost,
                "an SMS rate share of at most " + atMost + "/s",
                timeout);
    }

    @Override
    public void close() {
        process.close();
    }

    private static int get(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception notYet) {
            return -1;
        }
    }

    private static String body(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception notYet) {
            return "";
        }
    }
}
