package vn.canhbao.channels.simulator;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.canhbao.channels.twilio.TwilioConfig;

/**
 * A stand-in for Twilio's Messages API on WireMock, for tests, local mode and the benchmark. It answers
 * {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json} as Twilio does (a Message resource with a fresh
 * {@code SM…} sid, Basic auth, E.164 validation, Twilio's error bodies), can be made slow, flaky or rate-limited at
 * runtime, and counts what it accepted per recipient. It keeps no request journal, so it stays light over hundreds of
 * thousands of requests.
 *
 * <p>Run it alone with {@code java … vn.canhbao.channels.simulator.TwilioSimulator --port 8089 --latency-ms 50}; a
 * process there is read and steered through {@code /simulator/stats}, {@code /simulator/reset} and
 * {@code /simulator/settings}.
 */
public final class TwilioSimulator implements AutoCloseable {

    /** A well-formed account SID for tests and local mode. */
    public static final String DEFAULT_ACCOUNT_SID = "AC00000000000000000000000000000000";

    public static final String DEFAULT_AUTH_TOKEN = "simulator-auth-token";

    private final String accountSid;
    private final String authToken;
    private final TwilioMessagesApi api;
    private final WireMockHost host;

    public TwilioSimulator() {
        this(DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN);
    }

    /** A simulator that accepts only these credentials, as Twilio does. */
    public TwilioSimulator(String accountSid, String authToken) {
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.api = new TwilioMessagesApi(accountSid, authToken);
        this.host = new WireMockHost(api, 4, 64);
    }

    /** Starts on a free port. */
    public TwilioSimulator start() {
        return start(0);
    }

    /** Starts on {@code port} (0 for a free one), listening on the loopback interface. */
    public TwilioSimulator start(int port) {
        return start(port, "127.0.0.1");
    }

    /** Starts on {@code port} (0 for a free one), listening on {@code bindAddress}. */
    public TwilioSimulator start(int port, String bindAddress) {
        host.start(port, bindAddress);
        return this;
    }

    public int port() {
        return host.port();
    }

    /** The base URL to give an adapter, e.g. {@code http://localhost:8089}. */
    public URI baseUrl() {
        return host.baseUrl();
    }

    public String accountSid() {
        return accountSid;
    }

    public String authToken() {
        return authToken;
    }

    /**
     * The configuration that sends to this simulator: its address and credentials (and a Messaging Service when
     * {@code settings} name no sender), everything else from {@code settings}.
     */
    public TwilioConfig adapterConfig(TwilioConfig settings) {
        boolean noSender = settings.messagingServiceSid() == null && settings.from() == null;
        return new TwilioConfig(
                accountSid,
                authToken,
                noSender ? "MG00000000000000000000000000000000" : settings.messagingServiceSid(),
                settings.from(),
                settings.statusCallbackUrl(),
                baseUrl(),
                settings.connectTimeout(),
                settings.readTimeout(),
                settings.messagesPerSecond(),
                settings.maxConcurrency());
    }

    /** Delays every answer by this much (default none). */
    public TwilioSimulator latency(Duration latency) {
        api.faults().latencyMillis(Math.toIntExact(latency.toMillis()));
        return this;
    }

    /**
     * Makes this fraction (0..1) of requests answer 500 or 503 (alternately), spread evenly and the same on every
     * run.
     */
    public TwilioSimulator failureRate(double rate) {
        api.faults().failureRate(rate);
        return this;
    }

    /** Answers the next {@code requests} requests 429 (error 20429), with {@code Retry-After} if positive. */
    public TwilioSimulator rateLimitNext(int requests, int retryAfterSeconds) {
        api.faults().rateLimitNext(requests, retryAfterSeconds);
        return this;
    }

    /**
     * Answers the next {@code requests} messages or calls to any of {@code recipients} 429 (error 20429), with
     * {@code Retry-After} if positive; requests to others go through.
     */
    public TwilioSimulator rateLimitNext(int requests, int retryAfterSeconds, Collection<String> recipients) {
        Set<String> to = Set.copyOf(recipients);
        api.faults().rateLimitNext(requests, retryAfterSeconds, to::contains);
        return this;
    }

    /**
     * An outage for some numbers: answers the next {@code requests} messages or calls to any of {@code recipients} 503
     * (error 20503); requests to others go through.
     */
    public TwilioSimulator failNext(int requests, Collection<String> recipients) {
        Set<String> to = Set.copyOf(recipients);
        api.faults().failNext(requests, to::contains);
        return this;
    }

    /** Answers 400 (error 21610, unsubscribed recipient) for messages to {@code to}. */
    public TwilioSimulator optOut(String to) {
        api.optOut(to);
        return this;
    }

    /** How many messages it accepted (answered 201). */
    public int acceptedCount() {
        return api.accepted().count();
    }

    /** Messages accepted per {@code To}, sorted by number. */
    public Map<String, Integer> acceptedCountsByTo() {
        return api.accepted().countsByTo();
    }

    /** The bodies accepted for {@code to}, in the order they came. */
    /** The TwiML of every call placed to {@code to}, oldest first. */
    public List<String> callsTo(String to) {
        return api.calls().bodiesTo(to);
    }

    public List<String> acceptedBodiesTo(String to) {
        return api.accepted().bodiesTo(to);
    }

    /** How many recipients were accepted more than one message. */
    public int recipientsWithDuplicates() {
        return api.accepted().recipientsWithDuplicates();
    }

    /** How many requests reached it, answered or failed. */
    public long requestCount() {
        return api.requests();
    }

    /** Forgets what it accepted and clears failure rate, rate limiting and opt-outs; latency stays. */
    public void reset() {
        api.reset();
    }

    public void stop() {
        host.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Runs a simulator until the process is stopped. Arguments: {@code --port N} (default 8089, 0 for a free one),
     * {@code --latency-ms N}, {@code --failure-rate R}, {@code --account-sid AC…}, {@code --auth-token T},
     * {@code --bind ADDRESS} (default 127.0.0.1). Prints one line with its URL.
     */
    public static void main(String[] args) throws InterruptedException {
        SimulatorArguments arguments = SimulatorArguments.parse(args);
        TwilioSimulator simulator = new TwilioSimulator(arguments.accountSid(), arguments.authToken());
        simulator.latency(Duration.ofMillis(arguments.latencyMillis())).failureRate(arguments.failureRate());
        simulator.start(arguments.port(), arguments.bindAddress());
        WireMockHost.serveUntilStopped(
                simulator::stop,
                "TwilioSimulator listening on http://" + arguments.bindAddress() + ":" + simulator.port() + " account "
                        + simulator.accountSid());
    }
}
