package vn.canhbao.channels.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * A stand-in for a vendor's commune loudspeaker gateway on WireMock, implementing canhbao's loudspeaker contract
 * ({@code docs/loudspeaker-api.md}) with the contract's own field names, for tests, local mode and the benchmark. It
 * knows a set of clusters (cụm loa), checks the Bearer token, honours {@code Idempotency-Key} (a repeated key answers
 * 409 with the first broadcast and never plays twice), can be made slow, flaky or rate-limited at runtime, records
 * the text played per cluster and, when asked, posts signed completion callbacks. It keeps no request journal.
 *
 * <p>Run it alone with {@code java … vn.canhbao.channels.simulator.LoudspeakerSimulator --port 8091}; a process there
 * is read and steered through {@code /simulator/stats}, {@code /simulator/reset} and {@code /simulator/settings}.
 */
public final class LoudspeakerSimulator implements AutoCloseable {

    public static final String DEFAULT_API_KEY = "simulator-loudspeaker-key";

    /** The clusters a fresh simulator knows: three cụm loa of a demo ward. */
    public static final Set<String> DEFAULT_CLUSTERS = Set.of("cum-loa-001", "cum-loa-002", "cum-loa-003");

    private final String apiKey;
    private final LoudspeakerBroadcastApi api;
    private WireMockServer server;

    public LoudspeakerSimulator() {
        this(DEFAULT_API_KEY, DEFAULT_CLUSTERS);
    }

    /** A simulator that accepts only this Bearer token and broadcasts only to these clusters. */
    public LoudspeakerSimulator(String apiKey, Set<String> clusters) {
        this.apiKey = apiKey;
        this.api = new LoudspeakerBroadcastApi(apiKey, clusters);
    }

    /** Starts on a free port. */
    public LoudspeakerSimulator start() {
        return start(0, "127.0.0.1");
    }

    /** Starts on {@code port} (0 for a free one), listening on {@code bindAddress}. */
    public synchronized LoudspeakerSimulator start(int port, String bindAddress) {
        if (server != null) {
            throw new IllegalStateException("already started on port " + port());
        }
        WireMockServer wireMock = new WireMockServer(options()
                .port(port)
                .bindAddress(bindAddress)
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .gzipDisabled(true)
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(2)
                .containerThreads(32)
                .notifier(new Slf4jNotifier(false))
                .extensions(api));
        wireMock.start();
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
        this.server = wireMock;
        return this;
    }

    public int port() {
        return running().port();
    }

    /** The base URL to give an adapter, e.g. {@code http://localhost:8091}. */
    public URI baseUrl() {
        return URI.create("http://localhost:" + port());
    }

    public String apiKey() {
        return apiKey;
    }

    /** Also knows these clusters. */
    public LoudspeakerSimulator addClusters(String... clusterIds) {
        api.addClusters(Set.of(clusterIds));
        return this;
    }

    /** Broadcasts to any cluster id, for benchmarks over many clusters. */
    public LoudspeakerSimulator acceptAnyCluster() {
        api.acceptAnyCluster();
        return this;
    }

    /** Broadcasts to this cluster are accepted, then end {@code failed} ({@code device_offline}). */
    public LoudspeakerSimulator offline(String clusterId) {
        api.offline(clusterId);
        return this;
    }

    /** Delays every answer by this much (default none). */
    public LoudspeakerSimulator latency(Duration latency) {
        api.latencyMillis(Math.toIntExact(latency.toMillis()));
        return this;
    }

    /** Makes this fraction (0..1) of creates answer 500 or 503 (alternately), spread evenly, the same every run. */
    public LoudspeakerSimulator failureRate(double rate) {
        api.failureRate(rate);
        return this;
    }

    /** Answers the next {@code requests} creates 429, with {@code Retry-After} if positive. */
    public LoudspeakerSimulator rateLimitNext(int requests, int retryAfterSeconds) {
        api.rateLimitNext(requests, retryAfterSeconds);
        return this;
    }

    /** How long a broadcast stays {@code queued} before it is {@code completed} (default zero). */
    public LoudspeakerSimulator playDuration(Duration duration) {
        api.playDuration(duration);
        return this;
    }

    /**
     * Posts a callback, signed with {@code secret}, to each broadcast's {@code callbackUrl} when it is done (after
     * {@link #playDuration}). Off by default.
     */
    public LoudspeakerSimulator sendCallbacks(String secret) {
        api.callbacks(new LoudspeakerCallbackSender(secret));
        return this;
    }

    /** How many broadcasts it made (answered 201); a repeated Idempotency-Key makes none. */
    public int acceptedCount() {
        return api.broadcasts();
    }

    /** The texts played on {@code clusterId}, in the order they came. */
    public List<String> broadcastsTo(String clusterId) {
        return api.played().bodiesTo(clusterId);
    }

    /** Broadcasts made per cluster, sorted by cluster id. */
    public Map<String, Integer> broadcastCountsByCluster() {
        return api.played().countsByTo();
    }

    /** How many creates it answered 409 for a repeated Idempotency-Key. */
    public long duplicateCount() {
        return api.duplicates();
    }

    /** How many callbacks reached their URL. */
    public long callbacksSent() {
        LoudspeakerCallbackSender sender = api.callbacks();
        return sender == null ? 0 : sender.sent();
    }

    /** How many requests reached it, answered or failed. */
    public long requestCount() {
        return api.requests();
    }

    /**
     * Forgets its broadcasts and idempotency keys and clears failure rate, rate limiting and offline clusters; latency,
     * play duration, clusters and callbacks stay.
     */
    public void reset() {
        api.reset();
    }

    public synchronized void stop() {
        LoudspeakerCallbackSender sender = api.callbacks();
        if (sender != null) {
            sender.close();
        }
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized WireMockServer running() {
        if (server == null) {
            throw new IllegalStateException("the simulator is not running");
        }
        return server;
    }

    /**
     * Runs a simulator until the process is stopped. Arguments: {@code --port N} (default 8091, 0 for a free one),
     * {@code --latency-ms N}, {@code --failure-rate R}, {@code --api-key K}, {@code --clusters a,b,c} or
     * {@code --clusters any}, {@code --callback-secret S} (posts signed callbacks), {@code --bind ADDRESS} (default
     * 127.0.0.1). Prints one line with its URL.
     */
    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = LoudspeakerSimulatorArguments.parse(args);
        String clusters = options.getOrDefault("--clusters", String.join(",", DEFAULT_CLUSTERS));
        LoudspeakerSimulator simulator = new LoudspeakerSimulator(
                options.getOrDefault("--api-key", DEFAULT_API_KEY),
                clusters.equals("any") ? Set.of() : Set.copyOf(Arrays.asList(clusters.split(","))));
        if (clusters.equals("any")) {
            simulator.acceptAnyCluster();
        }
        simulator
                .latency(Duration.ofMillis(Integer.parseInt(options.getOrDefault("--latency-ms", "0"))))
                .failureRate(Double.parseDouble(options.getOrDefault("--failure-rate", "0")));
        if (options.containsKey("--callback-secret")) {
            simulator.sendCallbacks(options.get("--callback-secret"));
        }
        String bind = options.getOrDefault("--bind", "127.0.0.1");
        simulator.start(Integer.parseInt(options.getOrDefault("--port", "8091")), bind);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }));
        System.out.println(
                "LoudspeakerSimulator listening on http://" + bind + ":" + simulator.port() + " clusters " + clusters);
        stopped.await();
    }
}
