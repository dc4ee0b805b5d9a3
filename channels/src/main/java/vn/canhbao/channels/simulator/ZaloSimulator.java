package vn.canhbao.channels.simulator;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.canhbao.channels.zalo.ZaloConfig;
import vn.canhbao.channels.zalo.ZaloTokens;

/**
 * A stand-in for Zalo's OAuth, OA and ZNS APIs on one WireMock server, for tests, local mode and the benchmark (point
 * all three base URLs of the adapter's configuration at {@link #baseUrl()}). It answers
 * {@code POST /v4/oa/access_token} with rotating tokens whose refresh token works once,
 * {@code POST /v3.0/oa/message/cs} for registered followers only (others get -230, a stale token -216), and
 * {@code POST /message/template} for {@code 84…} phones within a daily quota. It can be made slow, flaky or
 * rate-limited at runtime and counts what it accepted per user and per phone. It keeps no request journal.
 *
 * <p>{@link #reset()} also forgets followers and phones without Zalo and refills the ZNS quota; tokens stay.
 *
 * <p>Run it alone with {@code java … vn.canhbao.channels.simulator.ZaloSimulator --port 8090}; it prints a token pair
 * to seed the token store with, and is read and steered through {@code /simulator/stats}, {@code /simulator/reset},
 * {@code /simulator/settings}, {@code /simulator/follow?userId=}, {@code /simulator/expire-token} and
 * {@code /simulator/authorise}.
 */
public final class ZaloSimulator extends ProviderSimulator<ZaloSimulator, ZaloOpenApi> {

    public static final String DEFAULT_APP_ID = "1234567890123456789";

    public static final String DEFAULT_APP_SECRET_KEY = "simulator-app-secret-key";

    public static final String DEFAULT_OA_SECRET_KEY = "simulator-oa-secret-key";

    /** ZNS messages a day before the quota error; generous, so that only quota tests meet it. */
    public static final int DEFAULT_ZNS_DAILY_QUOTA = 1_000_000;

    private final String appId;
    private final String appSecretKey;

    public ZaloSimulator() {
        this(DEFAULT_APP_ID, DEFAULT_APP_SECRET_KEY);
    }

    /** A simulator that accepts only this app's token requests, as Zalo does. */
    public ZaloSimulator(String appId, String appSecretKey) {
        super(new ZaloOpenApi(appId, appSecretKey, DEFAULT_ZNS_DAILY_QUOTA), 4, 64);
        this.appId = appId;
        this.appSecretKey = appSecretKey;
    }

    public String appId() {
        return appId;
    }

    public String appSecretKey() {
        return appSecretKey;
    }

    /**
     * The configuration that sends all three APIs to this simulator with its credentials (and a template, so that ZNS
     * works), everything else from {@code settings}.
     */
    public ZaloConfig adapterConfig(ZaloConfig settings) {
        URI here = baseUrl();
        return new ZaloConfig(
                appId,
                appSecretKey,
                DEFAULT_OA_SECRET_KEY,
                here,
                here,
                here,
                here,
                settings.znsTemplateId() == null ? "local-simulator-template" : settings.znsTemplateId(),
                settings.znsFields(),
                settings.limits());
    }

    /**
     * A fresh token pair, as an operator's consent to the OA gives: save it in the adapter's token store. The previous
     * pair stops working.
     */
    public ZaloTokens authorise() {
        String[] pair = api().authorise();
        return new ZaloTokens(pair[0], pair[1], Instant.now().plus(Duration.ofHours(25)));
    }

    /** The access token it accepts now (after the adapter's refreshes, the latest one). */
    public String currentAccessToken() {
        return api().accessToken();
    }

    /** The refresh token it accepts now; every earlier one is spent. */
    public String currentRefreshToken() {
        return api().refreshToken();
    }

    /** Makes the current access token invalid (-216, or -124 on ZNS) until the adapter refreshes it. */
    public ZaloSimulator expireAccessToken() {
        api().expireAccessToken();
        return this;
    }

    /** Registers users that follow the OA and wrote to it within 7 days: consultation messages reach them. */
    public ZaloSimulator follow(String... userIds) {
        for (String userId : userIds) {
            api().follow(userId);
        }
        return this;
    }

    /** The user leaves the OA (or its 7-day window closes): consultation messages get -230. */
    public ZaloSimulator unfollow(String userId) {
        api().unfollow(userId);
        return this;
    }

    /** ZNS to this phone ({@code 84…}) gets -118, "Zalo account not existed". */
    public ZaloSimulator phoneWithoutZalo(String znsPhone) {
        api().withoutZalo(znsPhone);
        return this;
    }

    /** Sets the ZNS daily quota and refills it; 0 makes every ZNS send a quota error. */
    public ZaloSimulator znsDailyQuota(int quota) {
        api().znsDailyQuota(quota);
        return this;
    }

    /** How many messages it accepted, OA and ZNS together. */
    public int acceptedCount() {
        return api().acceptedCount();
    }

    /** OA messages accepted per user id, sorted. */
    public Map<String, Integer> acceptedCountsByUser() {
        return api().acceptedByUser().countsByTo();
    }

    /** ZNS messages accepted per phone ({@code 84…}), sorted. */
    public Map<String, Integer> acceptedCountsByPhone() {
        return api().acceptedByPhone().countsByTo();
    }

    /** The texts of the OA messages accepted for {@code userId}, in order. */
    public List<String> acceptedTextsTo(String userId) {
        return api().acceptedByUser().bodiesTo(userId);
    }

    /** The {@code template_data} (as JSON) of the ZNS messages accepted for {@code znsPhone}, in order. */
    public List<String> acceptedTemplateDataTo(String znsPhone) {
        return api().acceptedByPhone().bodiesTo(znsPhone);
    }

    /** How many token refreshes it granted. */
    public long refreshCount() {
        return api().refreshes();
    }
    /**
     * Runs a simulator until the process is stopped. Arguments: {@code --port N} (default 8089, 0 for a free one),
     * {@code --latency-ms N}, {@code --failure-rate R}, {@code --bind ADDRESS} (default 127.0.0.1). Prints its URL and
     * a token pair for the token store.
     */
    public static void main(String[] args) throws InterruptedException {
        SimulatorCommandLine arguments = SimulatorCommandLine.withPort(8089).parse(args);
        ZaloSimulator simulator = new ZaloSimulator();
        ZaloTokens tokens = simulator.authorise();
        simulator.serveUntilStopped(
                arguments,
                "app " + simulator.appId() + " access_token " + tokens.accessToken() + " refresh_token "
                        + tokens.refreshToken());
    }
}
