package vn.canhbao.channels.simulator;

import java.util.Map;
import java.util.Optional;
import vn.canhbao.channels.firebase.FirebaseConfig;

/**
 * A stand-in for Firebase Cloud Messaging's HTTP v1 API on WireMock, for tests, local mode and the benchmark. It
 * answers {@code POST /v1/projects/{project}/messages:send} as FCM does (the message's name, a bearer-token check,
 * Google's error format with FCM's error codes), knows which registration tokens are registered (an unknown one is
 * {@code UNREGISTERED}; topics are always accepted), can be made slow, flaky or over quota at runtime, and records
 * what it accepted per target. It keeps no request journal, so it stays light over hundreds of thousands of requests.
 *
 * <p>{@link #reset()} also clears quota mode; registered tokens stay.
 *
 * <p>Run it alone with {@code java … vn.canhbao.channels.simulator.FcmSimulator --port 8090 --latency-ms 30}; a
 * process there is read and steered through {@code /simulator/stats}, {@code /simulator/reset} and
 * {@code /simulator/settings}.
 */
public final class FcmSimulator extends ProviderSimulator<FcmSimulator, FcmMessagesApi> {

    public static final String DEFAULT_PROJECT = "canhbao-local";

    /** The bearer token the simulator accepts unless told otherwise; give it to {@code FirebaseConfig.forStandIn}. */
    public static final String DEFAULT_ACCESS_TOKEN = "simulator-access-token";

    private final String project;
    private final String accessToken;

    public FcmSimulator() {
        this(DEFAULT_PROJECT, DEFAULT_ACCESS_TOKEN);
    }

    /** A simulator for this project that accepts only this bearer token, as FCM does. */
    public FcmSimulator(String project, String accessToken) {
        super(new FcmMessagesApi(project, accessToken), 4, 64);
        this.project = project;
        this.accessToken = accessToken;
    }

    public String project() {
        return project;
    }

    public String accessToken() {
        return accessToken;
    }

    /**
     * The configuration that sends to this simulator with its project and bearer token, everything else from
     * {@code settings}.
     */
    public FirebaseConfig adapterConfig(FirebaseConfig settings) {
        return new FirebaseConfig(
                project, null, accessToken, baseUrl(), settings.appName(), settings.limits(), settings.linkBaseUrl());
    }

    /** Makes these registration tokens known; a message to any other token is answered {@code UNREGISTERED}. */
    public FcmSimulator registerTokens(String... tokens) {
        for (String token : tokens) {
            api().registerToken(token);
        }
        return this;
    }

    /** Forgets a token, as FCM does once the app is uninstalled. */
    public FcmSimulator unregisterToken(String token) {
        api().unregisterToken(token);
        return this;
    }

    /** Treats every well-formed token as registered (for local mode and benchmarks with many devices). */
    public FcmSimulator acceptAnyToken(boolean any) {
        api().acceptAnyToken(any);
        return this;
    }

    /**
     * Answers the next {@code requests} requests 429 {@code QUOTA_EXCEEDED}, with {@code Retry-After} if positive, as
     * FCM does past the project's per-minute quota.
     */
    public FcmSimulator quotaExceededNext(int requests, int retryAfterSeconds) {
        return rateLimitNext(requests, retryAfterSeconds);
    }

    /** How many messages it accepted (answered 200). */
    public int acceptedCount() {
        return api().acceptedCount();
    }

    /** Messages accepted per target, {@code token:<token>} or {@code topic:<name>}, sorted. */
    public Map<String, Integer> acceptedCountsByTarget() {
        return api().acceptedCountsByTarget();
    }

    /**
     * The {@code message} object of the last message accepted for {@code target} ({@code token:<token>} or
     * {@code topic:<name>}), as JSON; kept for the first 10,000 targets.
     */
    public Optional<String> lastMessageTo(String target) {
        return Optional.ofNullable(api().lastMessageTo(target));
    }
    /**
     * Runs a simulator until the process is stopped. Arguments: {@code --port N} (default 8090, 0 for a free one),
     * {@code --latency-ms N}, {@code --failure-rate R}, {@code --project ID}, {@code --access-token T},
     * {@code --accept-any-token true|false} (default true), {@code --bind ADDRESS} (default 127.0.0.1). Prints one
     * line with its URL.
     */
    public static void main(String[] args) throws InterruptedException {
        SimulatorCommandLine arguments = SimulatorCommandLine.withPort(8090)
                .option("--project", DEFAULT_PROJECT)
                .option("--access-token", DEFAULT_ACCESS_TOKEN)
                .option("--accept-any-token", "true")
                .parse(args);
        FcmSimulator simulator = new FcmSimulator(arguments.value("--project"), arguments.value("--access-token"));
        simulator.acceptAnyToken(Boolean.parseBoolean(arguments.value("--accept-any-token")));
        simulator.serveUntilStopped(arguments, "project " + simulator.project());
    }
}
