package vn.canhbao.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The provider simulators in a process of their own (the benchmark's, from its jar): what both replicas send to, and
 * where the test counts what people received.
 */
final class Simulators implements AutoCloseable {

    private static final String READY = "BENCH-SIMULATORS";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Launched process;
    private final URI twilio;

    private Simulators(Launched process, URI twilio) {
        this.process = process;
        this.twilio = twilio;
    }

    static Simulators start(String java, Path benchJar, int latencyMillis, Path log) {
        Launched process = Launched.start(
                "simulators",
                List.of(
                        java,
                        "-Xmx1g",
                        "-cp",
                        benchJar.toAbsolutePath().toString(),
                        "-Dloader.main=vn.canhbao.bench.BenchSimulators",
                        "org.springframework.boot.loader.launch.PropertiesLauncher",
                        Integer.toString(latencyMillis),
                        "0"),
                Map.of(),
                log);
        process.awaitLog(READY, Duration.ofSeconds(60));
        String ready;
        try {
            ready = Files.readAllLines(log).stream()
                    .filter(l -> l.startsWith(READY))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Simulators(process, URI.create(ready.split(" ")[1]));
    }

    URI twilio() {
        return twilio;
    }

    /** SMS the Twilio simulator accepted so far. */
    int smsAccepted() {
        return number(get("/simulator/stats"), "accepted");
    }

    /** The most SMS it accepted within one second of the clock. */
    int smsPeakPerSecond() {
        return number(get("/simulator/stats"), "peakPerSecond");
    }

    /** SMS accepted per number ({@code +84…}). */
    Map<String, Integer> smsByRecipient() {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = Pattern.compile("\"([^\"]+)\":(\\d+)").matcher(get("/simulator/recipients"));
        while (m.find()) {
            counts.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return counts;
    }

    @Override
    public void close() {
        process.close();
    }

    private String get(String path) {
        try {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(twilio.resolve(path))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Integer.parseInt(m.group(1));
    }
}
