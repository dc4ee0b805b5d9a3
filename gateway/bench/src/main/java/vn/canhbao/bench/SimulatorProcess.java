package vn.canhbao.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@link BenchSimulators} in a second JVM from this process's own class path. From the executable jar, that goes
 * through Spring Boot's {@code PropertiesLauncher} with {@code -Dloader.main}, which reads the nested jars of
 * {@code BOOT-INF/lib}; from an exploded class path (an IDE, Maven) the class runs directly.
 */
final class SimulatorProcess implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private final Process process;
    private final URI twilio;
    private final URI zalo;
    private final URI fcm;
    private final URI loudspeaker;
    private final String zaloAccessToken;
    private final String zaloRefreshToken;

    private SimulatorProcess(Process process, String[] ready) {
        this.process = process;
        this.twilio = URI.create(ready[1]);
        this.zalo = URI.create(ready[2]);
        this.fcm = URI.create(ready[3]);
        this.loudspeaker = URI.create(ready[4]);
        this.zaloAccessToken = ready[5];
        this.zaloRefreshToken = ready[6];
    }

    static SimulatorProcess start(int latencyMillis, int followers, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        String classPath = System.getProperty("java.class.path");
        boolean bootJar = !classPath.contains(File.pathSeparator) && classPath.endsWith(".jar");
        command.add("-cp");
        command.add(classPath);
        if (bootJar) {
            command.add("-Dloader.main=" + BenchSimulators.class.getName());
            command.add(LAUNCHER);
        } else {
            command.add(BenchSimulators.class.getName());
        }
        command.add(Integer.toString(latencyMillis));
        command.add(Integer.toString(followers));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.to(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the simulator process: " + command, e);
        }
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        try {
            while ((line = out.readLine()) != null && !line.startsWith(BenchSimulators.READY)) {
                // the launcher's own output, if any, comes before our line
            }
        } catch (IOException e) {
            process.destroyForcibly();
            throw new UncheckedIOException("The simulator process did not answer", e);
        }
        if (line == null) {
            process.destroyForcibly();
            throw new IllegalStateException("The simulator process ended before it was ready; see " + log);
        }
        Thread.ofVirtual().name("simulator-output").start(() -> {
            try {
                while (out.readLine() != null) {
                    // drained, so the child never blocks on a full pipe
                }
            } catch (IOException ended) {
                // the process ended
            }
        });
        return new SimulatorProcess(process, line.split(" "));
    }

    URI twilio() {
        return twilio;
    }

    URI zalo() {
        return zalo;
    }

    URI fcm() {
        return fcm;
    }

    URI loudspeaker() {
        return loudspeaker;
    }

    String zaloAccessToken() {
        return zaloAccessToken;
    }

    String zaloRefreshToken() {
        return zaloRefreshToken;
    }

    long pid() {
        return process.pid();
    }

    /** Each simulator's own counters ({@code GET /simulator/stats}), or the error that kept them from us. */
    Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        HttpClient http = HttpClient.newHttpClient();
        Map<String, URI> simulators = Map.of("twilio", twilio, "zalo", zalo, "fcm", fcm, "loudspeaker", loudspeaker);
        for (String name : List.of("twilio", "zalo", "fcm", "loudspeaker")) {
            try {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(simulators.get(name).resolve("/simulator/stats"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                stats.put(name, JSON.readTree(answer.body()));
            } catch (Exception e) {
                stats.put(name, "unavailable: " + e);
            }
        }
        return stats;
    }

    /** CPU time the simulator process has used so far, if the platform tells. */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }
}
