package vn.canhbao.channels.simulator.cbsp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OsmoCBC 0.4.0 for integration tests (here and in the gateway), started from its binary with a generated configuration on free ports
 * and stopped afterwards.
 *
 * <p>Where the binary comes from: {@code ../shared/cbc/build.sh DIR} builds it (about 80 s on 2 cores) and prints
 * {@code DIR/osmo-cbc-0.4.0/src/osmo-cbc}. The tests look, in this order, at the system property {@code
 * canhbao.osmoCbc} or the environment variable {@code CANHBAO_OSMO_CBC} (a path; when set it must exist), {@code
 * osmo-cbc} on the {@code PATH}, {@code ../shared/cbc/build/} beside the repository, and {@code target/osmo-cbc/} of
 * the repository. CI runs {@code ../shared/cbc/build.sh ../shared/cbc/build} and sets {@code CANHBAO_OSMO_CBC}.
 * Without a binary the tests that need it are skipped.
 */
public final class OsmoCbc implements AutoCloseable {

    public static final String PROPERTY = "canhbao.osmoCbc";
    public static final String VARIABLE = "CANHBAO_OSMO_CBC";

    /** OsmoCBC 0.4.0 always puts its VTY on this port; only the address can be chosen. */
    public static final int VTY_PORT = 4264;

    private static final Path BINARY_IN_BUILD = Path.of("osmo-cbc-0.4.0", "src", "osmo-cbc");

    private final Process process;
    private final Path log;
    private final int ecbePort;
    private final int cbspPort;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private OsmoCbc(Process process, Path log, int ecbePort, int cbspPort) {
        this.process = process;
        this.log = log;
        this.ecbePort = ecbePort;
        this.cbspPort = cbspPort;
    }

    /** The osmo-cbc binary, if one is configured or found; a configured path that does not exist is an error. */
    public static Optional<Path> locate() {
        String configured = Optional.ofNullable(System.getProperty(PROPERTY)).orElse(System.getenv(VARIABLE));
        if (configured != null && !configured.isBlank()) {
            Path binary = Path.of(configured);
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(VARIABLE + " names " + binary + ", which is not an executable");
            }
            return Optional.of(binary);
        }
        Stream<Path> onPath = Stream.of(
                        Optional.ofNullable(System.getenv("PATH")).orElse("").split(":"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "osmo-cbc"));
        Path here = Path.of("").toAbsolutePath();
        // Maven runs a module's tests in the module's folder; the repository is its parent.
        Stream<Path> beside = Stream.of(here, here.getParent())
                .filter(dir -> dir != null)
                .flatMap(root -> Stream.of(
                        root.resolveSibling("shared")
                                .resolve("cbc")
                                .resolve("build")
                                .resolve(BINARY_IN_BUILD),
                        root.resolve("target").resolve("osmo-cbc").resolve(BINARY_IN_BUILD)));
        return Stream.concat(onPath, beside).filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts {@code binary} on free loopback ports and waits until its ECBE port accepts connections, which it opens
     * after the CBSP port. (A probe of the CBSP port would itself become a peer of the CBC.)
     */
    public static OsmoCbc start(Path binary) throws IOException, InterruptedException {
        int ecbe = freePort();
        int cbsp = freePort();
        int sbcap = freePort();
        // Configuration and log stay in the module's target folder for a look after a failure; mvn clean removes them.
        Path runs = Files.createDirectories(Path.of("target", "osmo-cbc-runs").toAbsolutePath());
        Path dir = Files.createTempDirectory(runs, "osmo-cbc-");
        Path config = dir.resolve("cbc.cfg");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        List.of(
                                "log stderr",
                                " logging print extended-timestamp 1",
                                " logging level main notice",
                                " logging level cbsp info",
                                " logging level rest debug",
                                // The VTY port is fixed, so each CBC gets its own loopback address for it.
                                "line vty",
                                " bind " + freeVtyAddress(),
                                "cbc",
                                " unknown-peers accept",
                                " ecbe",
                                "  local-ip 127.0.0.1",
                                "  local-port " + ecbe,
                                " cbsp",
                                "  local-ip 127.0.0.1",
                                "  local-port " + cbsp,
                                // These hosts have no SCTP; the patched 0.4.0 logs that and goes on without SBc-AP.
                                " sbcap",
                                "  local-ip 127.0.0.1",
                                "  local-port " + sbcap,
                                "")));
        Path log = dir.resolve("osmo-cbc.log");
        Process process = new ProcessBuilder(binary.toString(), "-c", config.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        OsmoCbc cbc = new OsmoCbc(process, log, ecbe, cbsp);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!accepts(ecbe)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                cbc.close();
                throw new IllegalStateException("OsmoCBC did not start; its log:\n" + cbc.logText());
            }
            Thread.sleep(50);
        }
        return cbc;
    }

    public InetSocketAddress cbsp() {
        return new InetSocketAddress("127.0.0.1", cbspPort);
    }

    /** The root of its ECBE REST interface, for an adapter's {@code baseUrl}. */
    public URI ecbeBaseUrl() {
        return URI.create("http://127.0.0.1:" + ecbePort);
    }

    /** {@code POST /api/ecbe/v1/message} with this JSON body. */
    public HttpResponse<String> post(String json) throws IOException, InterruptedException {
        return send(postRequest(json, Duration.ofSeconds(10)));
    }

    /**
     * {@code POST /api/ecbe/v1/message} for an answer that OsmoCBC 0.4.0 gives without asking a BSC (409 for an
     * identifier in use, say): its REST thread starts waiting only after handing the request to the main thread
     * (rest_it_op.c, no flag under the mutex), so such an answer is sometimes lost and the request never returns.
     * Empty when it did not answer within {@code timeout}.
     */
    public Optional<HttpResponse<String>> postAnsweredWithoutBsc(String json, Duration timeout)
            throws IOException, InterruptedException {
        try {
            return Optional.of(http.send(postRequest(json, timeout), HttpResponse.BodyHandlers.ofString()));
        } catch (HttpTimeoutException lost) {
            return Optional.empty();
        }
    }

    private HttpRequest postRequest(String json, Duration timeout) {
        return HttpRequest.newBuilder(ecbe("/message"))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
    }

    /** {@code DELETE /api/ecbe/v1/message/{messageId}}. */
    public HttpResponse<String> delete(int messageId) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(ecbe("/message/" + messageId))
                .timeout(Duration.ofSeconds(10))
                .DELETE()
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new AssertionError(
                    "OsmoCBC did not answer " + request.method() + " " + request.uri()
                            + "; 0.4.0 loses an answer ready before its REST thread waits (rest_it_op.c)",
                    e);
        }
    }

    public String logText() {
        try {
            return Files.readString(log, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private URI ecbe(String path) {
        return URI.create("http://127.0.0.1:" + ecbePort + "/api/ecbe/v1" + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A 127.x.y.z address on which the VTY port is free. */
    private static String freeVtyAddress() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String address =
                    "127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(2, 255);
            try (ServerSocket probe = new ServerSocket(VTY_PORT, 1, InetAddress.getByName(address))) {
                return address;
            } catch (IOException taken) {
                // try another address
            }
        }
        throw new IOException("no loopback address with port " + VTY_PORT + " free");
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
