package vn.canhbao.channels.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.canhbao.channels.esms.EsmsCode;
import vn.canhbao.channels.esms.EsmsConfig;

/**
 * A stand-in for eSMS.vn's brandname SMS API on WireMock, for tests, local mode and the benchmark. It answers
 * {@code POST /MainService.svc/json/SendMultipleMessage_V4_post_json/} as eSMS does (a {@code CodeResult} in every
 * answer, the keys and the brandname checked, Vietnamese numbers only, a RequestId it has seen refused with 124), can
 * be made slow, flaky or rate-limited at runtime, counts what it took per recipient (keyed in E.164, {@code +84…}, as
 * {@link TwilioSimulator} keys them, so that counts across the two providers add up) and, when asked, reports delivery
 * to each message's {@code CallbackUrl}. It keeps no request journal.
 *
 * <p>{@link #reset()} also forgets the RequestIds it saw and blocked numbers; brandnames and automatic reports stay.
 *
 * <p>Run it alone with {@code java … vn.canhbao.channels.simulator.EsmsSimulator --port 8093}; a process there is read
 * and steered through {@code /simulator/stats}, {@code /simulator/messages}, {@code /simulator/recipients},
 * {@code /simulator/reset}, {@code /simulator/settings?autoReports=true&answerNext=103&answerCount=2…} and
 * {@code POST /simulator/report?SMSID=…&SendStatus=5&delivered=true}.
 */
public final class EsmsSimulator extends SmsProviderSimulator<EsmsSimulator, EsmsSendApi> {

    public static final String DEFAULT_API_KEY = "simulator-esms-api-key";

    public static final String DEFAULT_SECRET_KEY = "simulator-esms-secret-key";

    /** The brandname a fresh simulator knows. */
    public static final String DEFAULT_BRANDNAME = "CANHBAO";

    private final String apiKey;
    private final String secretKey;
    private final String brandname;

    public EsmsSimulator() {
        this(DEFAULT_API_KEY, DEFAULT_SECRET_KEY, DEFAULT_BRANDNAME);
    }

    /** A simulator that accepts only these keys and sends only under this brandname (and those registered later). */
    public EsmsSimulator(String apiKey, String secretKey, String brandname) {
        super(new EsmsSendApi(apiKey, secretKey, Set.of(brandname)), 4, 64);
        this.apiKey = apiKey;
        this.secretKey = secretKey;
        this.brandname = brandname;
    }

    public String apiKey() {
        return apiKey;
    }

    public String secretKey() {
        return secretKey;
    }

    public String brandname() {
        return brandname;
    }

    /**
     * The configuration that sends to this simulator: its address and keys, the brandname of {@code settings} when the
     * simulator knows it (else its own), everything else (type, Unicode, callback URL, limits) from {@code settings}.
     */
    public EsmsConfig adapterConfig(EsmsConfig settings) {
        String sender =
                settings.brandname() != null && api().knows(settings.brandname()) ? settings.brandname() : brandname;
        return new EsmsConfig(
                apiKey,
                secretKey,
                sender,
                settings.smsType(),
                settings.unicode(),
                settings.callbackUrl(),
                baseUrl(),
                settings.limits());
    }

    /** Also sends under this brandname. */
    public EsmsSimulator registerBrandname(String name) {
        api().registerBrandname(name);
        return this;
    }

    /** Refuses messages to this number with 99, as eSMS does for a number on its block list. */
    public EsmsSimulator block(String phone) {
        api().block(phone);
        return this;
    }

    /** Answers the next {@code requests} sends with this refusal from eSMS's table (e.g. 103, balance). */
    public EsmsSimulator answerNext(int requests, EsmsCode code) {
        api().answerNext(requests, code);
        return this;
    }

    /** Reports every message it takes from now on as delivered ({@code SendStatus} 5) to its CallbackUrl. */
    public EsmsSimulator autoReports(boolean on) {
        api().autoReports(on);
        return this;
    }

    /**
     * Reports on a message it took, to its CallbackUrl, now: {@code SendStatus} (1, 2, 4, 5 or 7) and, for 5, whether
     * it reached the handset.
     *
     * @return the callback's HTTP status, or 0 when it got no answer
     * @throws IllegalArgumentException when it took no message with this SMSID, or that message had no CallbackUrl
     */
    public int report(String smsId, int sendStatus, boolean delivered) {
        return api().report(smsId, sendStatus, delivered);
    }

    /** The SMSID it gave the request with this RequestId (our dispatch id), if it took one. */
    public Optional<String> smsIdOf(UUID requestId) {
        return Optional.ofNullable(api().smsIdOf(requestId.toString()));
    }

    /** How many messages it took (answered 100); a repeated RequestId takes none. */
    public int acceptedCount() {
        return api().accepted().count();
    }

    /** Messages taken per recipient in E.164, sorted by number. */
    public Map<String, Integer> acceptedCountsByTo() {
        return api().accepted().countsByTo();
    }

    /** The texts taken for {@code to} (E.164), in the order they came. */
    public List<String> acceptedBodiesTo(String to) {
        return api().accepted().bodiesTo(to);
    }

    /** How many recipients were taken more than one message. */
    public int recipientsWithDuplicates() {
        return api().accepted().recipientsWithDuplicates();
    }

    /** How many sends it refused with 124 for a RequestId it had seen. */
    public long duplicateCount() {
        return api().duplicates();
    }

    /** How many delivery reports reached their CallbackUrl. */
    public long reportsSent() {
        return api().reportsSent();
    }

    /** Stops, and stops reporting. */
    @Override
    public synchronized void stop() {
        api().close();
        super.stop();
    }

    /**
     * Runs a simulator until the process is stopped. Arguments: {@code --port N} (default 8093, 0 for a free one),
     * {@code --latency-ms N}, {@code --failure-rate R}, {@code --api-key K}, {@code --secret-key S},
     * {@code --brandname B}, {@code --auto-reports true} (reports every message delivered), {@code --bind ADDRESS}
     * (default 127.0.0.1). Prints one line with its URL.
     */
    public static void main(String[] args) throws InterruptedException {
        SimulatorCommandLine arguments = SimulatorCommandLine.withPort(8093)
                .option("--api-key", DEFAULT_API_KEY)
                .option("--secret-key", DEFAULT_SECRET_KEY)
                .option("--brandname", DEFAULT_BRANDNAME)
                .option("--auto-reports", "false")
                .parse(args);
        EsmsSimulator simulator = new EsmsSimulator(
                arguments.value("--api-key"), arguments.value("--secret-key"), arguments.value("--brandname"));
        simulator.autoReports(Boolean.parseBoolean(arguments.value("--auto-reports")));
        simulator.serveUntilStopped(arguments, "brandname " + simulator.brandname());
    }
}
