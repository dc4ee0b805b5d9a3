package vn.canhbao.channels.simulator;

import java.util.List;
import java.util.Map;
import vn.canhbao.channels.twilio.TwilioConfig;

/**
 * A stand-in for Twilio's Messages API on WireMock, for tests, local mode and the benchmark. It answers
 * {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json} as Twilio does (a Message resource with a fresh
 * {@code SM…} sid, Basic auth, E.164 validation, Twilio's error bodies), can be made slow, flaky or rate-limited at
 * runtime, and counts what it accepted per recipient. It keeps no request journal, so it stays light over hundreds of
 * thousands of requests.
 *
 * <p>{@link #reset()} also forgets opt-outs.
 *
 * <p>Run it alone with {@code java … vn.canhbao.channels.simulator.TwilioSimulator --port 8089 --latency-ms 50}; a
 * process there is read and steered through {@code /simulator/stats}, {@code /simulator/reset} and
 * {@code /simulator/settings}.
 */
public final class TwilioSimulator extends SmsProviderSimulator<TwilioSimulator, TwilioMessagesApi> {

    /** A well-formed account SID for tests and local mode. */
    public static final String DEFAULT_ACCOUNT_SID = "AC00000000000000000000000000000000";

    public static final String DEFAULT_AUTH_TOKEN = "simulator-auth-token";

    private final String accountSid;
    private final String authToken;

    public TwilioSimulator() {
        this(DEFAULT_ACCOUNT_SID, DEFAULT_AUTH_TOKEN);
    }

    /** A simulator that accepts only these credentials, as Twilio does. */
    public TwilioSimulator(String accountSid, String authToken) {
        super(new TwilioMessagesApi(accountSid, authToken), 4, 64);
        this.accountSid = accountSid;
        this.authToken = authToken;
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
                settings.limits());
    }

    /** Answers 400 (error 21610, unsubscribed recipient) for messages to {@code to}. */
    public TwilioSimulator optOut(String to) {
        api().optOut(to);
        return this;
    }

    /** How many messages it accepted (answered 201). */
    public int acceptedCount() {
        return api().accepted().count();
    }

    /** Messages accepted per {@code To}, sorted by number. */
    public Map<String, Integer> acceptedCountsByTo() {
        return api().accepted().countsByTo();
    }

    /** The TwiML of every call placed to {@code to}, oldest first. */
    public List<String> callsTo(String to) {
        return api().calls().bodiesTo(to);
    }

    /** The bodies accepted for {@code to}, in the order they came. */
    public List<String> acceptedBodiesTo(String to) {
        return api().accepted().bodiesTo(to);
    }

    /** How many recipients were accepted more than one message. */
    public int recipientsWithDuplicates() {
        return api().accepted().recipientsWithDuplicates();
    }

    /**
     * Runs a simulator until the process is stopped. Arguments: {@code --port N} (default 8089, 0 for a free one),
     * {@code --latency-ms N}, {@code --failure-rate R}, {@code --account-sid AC…}, {@code --auth-token T},
     * {@code --bind ADDRESS} (default 127.0.0.1). Prints one line with its URL.
     */
    public static void main(String[] args) throws InterruptedException {
        SimulatorCommandLine arguments = SimulatorCommandLine.withPort(8089)
                .option("--account-sid", DEFAULT_ACCOUNT_SID)
                .option("--auth-token", DEFAULT_AUTH_TOKEN)
                .parse(args);
        TwilioSimulator simulator =
                new TwilioSimulator(arguments.value("--account-sid"), arguments.value("--auth-token"));
        simulator.serveUntilStopped(arguments, "account " + simulator.accountSid());
    }
}
