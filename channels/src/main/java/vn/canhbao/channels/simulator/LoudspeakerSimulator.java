package vn.canhbao.channels.simulator;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.canhbao.channels.loudspeaker.LoudspeakerConfig;

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
    private final WireMockHost host;

    public LoudspeakerSimulator() {
        this(DEFAULT_API_KEY, DEFAULT_CLUSTERS);
    }

    /** A simulator that accepts only this Bearer token and broadcasts only to these clusters. */
    public LoudspeakerSimulator(String apiKey, Set<String> clusters) {
        this.apiKey = apiKey;
        this.api = new LoudspeakerBroadcastApi(apiKey, clusters);
        this.host = new WireMockHost(api, 2, 32);
    }

    /** Starts on a free port. */
    public LoudspeakerSimulator start() {
        return start(0, "127.0.0.1");
    }

    /** Starts on {@code port} (0 for a free one), listening on {@code bindAddress}. */
    public LoudspeakerSimulator start(int port, String bindAddress) {
        host.start(port, bindAddress);
        return this;
    }

    public int port() {
        return host.port();
    }

    /** The base URL to give an adapter, e.g. {@code http://localhost:8091}. */
    public URI baseUrl() {
        return host.baseUrl();
    }

    public String apiKey() {
        return apiKey;
    }

    /**
     * The configuration that sends to this simulator with its Bearer key, everything else (voice, repeats, callbacks,
     * field names, limits) from {@code settings}.
     */
    public LoudspeakerConfig adapterConfig(LoudspeakerConfig settings) {
        return new LoudspeakerConfig(
                baseUrl(),
                null,
                apiKey,
                settings.mapping(),
                settings.voice(),
                settings.repeat(),
                settings.callbackUrl(),
                settings.callbackSecret(),
                settings.connectTimeout(),
                settings.readTimeout(),
                settings.messagesPerSecond(),
                settings.maxConcurrency());
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
        api.faults().latencyMillis(Math.toIntExact(latency.toMillis()));
        return this;
    }

    /** Makes this fraction (0..1) of creates answer 500 or 503 (alternately), spread evenly, the same every run. */
    public LoudspeakerSimulator failureRate(double rate) {
        api.faults().failureRate(rate);
        return this;
    }

    /** Answers the next {@code requests} creates 429, with {@code Retry-After} if positive. */
    public LoudspeakerSimulator rateLimitNext(int requests, int retryAfterSeconds) {
        api.faults().rateLimitNext(requests, retryAfterSeconds);
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
        host.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Runs a simulator until the process is stopped. Arguments: {@code --port N} (default 8091, 0 for a free one),
     * {@code --latency-ms N}, {@code --failure-rate R}, {@code --api-key K}, {@code --clusters a,b,c} or
     * {@code --clusters any}, {@code --callback-secret S} (posts signed callbacks), {@code --bind ADDRESS} (default
     * 127.0.0.1). Prints one line with its URL.
     */
    public static void main(String[] args) throws InterruptedException {
        SimulatorCommandLine arguments = SimulatorCommandLine.withPort(8091)
                .option("--api-key", DEFAULT_API_KEY)
                .option("--clusters", String.join(",", DEFAULT_CLUSTERS))
                .option("--callback-secret", null)
                .parse(args);
        String clusters = arguments.value("--clusters");
        LoudspeakerSimulator simulator = new LoudspeakerSimulator(
                arguments.value("--api-key"),
                clusters.equals("any") ? Set.of() : Set.copyOf(Arrays.asList(clusters.split(","))));
        if (clusters.equals("any")) {
            simulator.acceptAnyCluster();
        }
        simulator.latency(Duration.ofMillis(arguments.latencyMillis())).failureRate(arguments.failureRate());
        if (arguments.value("--callback-secret") != null) {
            simulator.sendCallbacks(arguments.value("--callback-secret"));
        }
        String bind = arguments.bindAddress();
        simulator.start(arguments.port(), bind);
        WireMockHost.serveUntilStopped(
                simulator::stop,
                "LoudspeakerSimulator listening on http://" + bind + ":" + simulator.port() + " clusters " + clusters);
    }
}
