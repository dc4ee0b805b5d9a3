package vn.canhbao.channels.simulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.canhbao.channels.loudspeaker.LoudspeakerConfig;

/**
 * A stand-in for a vendor's commune loudspeaker gateway on WireMock, implementing canhbao's loudspeaker contract
 * ({@code docs/loudspeaker-api().md}) with the contract's own field names, for tests, local mode and the benchmark. It
 * knows a set of clusters (cụm loa), checks the Bearer token, honours {@code Idempotency-Key} (a repeated key answers
 * 409 with the first broadcast and never plays twice), can be made slow, flaky or rate-limited at runtime, records
 * the text played per cluster and, when asked, posts signed completion callbacks. It keeps no request journal.
 *
 * <p>{@link #reset()} also forgets idempotency keys and offline clusters; play duration, clusters and callbacks stay.
 *
 * <p>Run it alone with {@code java … vn.canhbao.channels.simulator.LoudspeakerSimulator --port 8091}; a process there
 * is read and steered through {@code /simulator/stats}, {@code /simulator/reset} and {@code /simulator/settings}.
 */
public final class LoudspeakerSimulator extends ProviderSimulator<LoudspeakerSimulator, LoudspeakerBroadcastApi> {

    public static final String DEFAULT_API_KEY = "simulator-loudspeaker-key";

    /** The clusters a fresh simulator knows: three cụm loa of a demo ward. */
    public static final Set<String> DEFAULT_CLUSTERS = Set.of("cum-loa-001", "cum-loa-002", "cum-loa-003");

    private final String apiKey;

    public LoudspeakerSimulator() {
        this(DEFAULT_API_KEY, DEFAULT_CLUSTERS);
    }

    /** A simulator that accepts only this Bearer token and broadcasts only to these clusters. */
    public LoudspeakerSimulator(String apiKey, Set<String> clusters) {
        super(new LoudspeakerBroadcastApi(apiKey, clusters), 2, 32);
        this.apiKey = apiKey;
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
                settings.limits());
    }

    /** Also knows these clusters. */
    public LoudspeakerSimulator addClusters(String... clusterIds) {
        api().addClusters(Set.of(clusterIds));
        return this;
    }

    /** Broadcasts to any cluster id, for benchmarks over many clusters. */
    public LoudspeakerSimulator acceptAnyCluster() {
        api().acceptAnyCluster();
        return this;
    }

    /** Broadcasts to this cluster are accepted, then end {@code failed} ({@code device_offline}). */
    public LoudspeakerSimulator offline(String clusterId) {
        api().offline(clusterId);
        return this;
    }

    /** How long a broadcast stays {@code queued} before it is {@code completed} (default zero). */
    public LoudspeakerSimulator playDuration(Duration duration) {
        api().playDuration(duration);
        return this;
    }

    /**
     * Posts a callback, signed with {@code secret}, to each broadcast's {@code callbackUrl} when it is done (after
     * {@link #playDuration}). Off by default.
     */
    public LoudspeakerSimulator sendCallbacks(String secret) {
        api().callbacks(new LoudspeakerCallbackSender(secret));
        return this;
    }

    /** How many broadcasts it made (answered 201); a repeated Idempotency-Key makes none. */
    public int acceptedCount() {
        return api().broadcasts();
    }

    /** The texts played on {@code clusterId}, in the order they came. */
    public List<String> broadcastsTo(String clusterId) {
        return api().played().bodiesTo(clusterId);
    }

    /** Broadcasts made per cluster, sorted by cluster id. */
    public Map<String, Integer> broadcastCountsByCluster() {
        return api().played().countsByTo();
    }

    /** How many creates it answered 409 for a repeated Idempotency-Key. */
    public long duplicateCount() {
        return api().duplicates();
    }

    /** How many callbacks reached their URL. */
    public long callbacksSent() {
        LoudspeakerCallbackSender sender = api().callbacks();
        return sender == null ? 0 : sender.sent();
    }

    /** Stops, and stops posting callbacks. */
    @Override
    public synchronized void stop() {
        LoudspeakerCallbackSender sender = api().callbacks();
        if (sender != null) {
            sender.close();
        }
        super.stop();
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
        if (arguments.value("--callback-secret") != null) {
            simulator.sendCallbacks(arguments.value("--callback-secret"));
        }
        simulator.serveUntilStopped(arguments, "clusters " + clusters);
    }
}
