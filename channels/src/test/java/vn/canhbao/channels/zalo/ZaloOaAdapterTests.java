package vn.canhbao.channels.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.ChannelAdapterContract;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.ProviderLimits;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;

/**
 * {@link ZaloOaAdapter} against plain WireMock stubs: the shared contract, the exact requests Zalo receives, and the
 * fallback from an OA message to ZNS. Zalo's error codes are in {@link ZaloOaAdapterClassificationTests}; token
 * refresh against the simulator in {@link ZaloTokenRefreshTests}.
 */
class ZaloOaAdapterTests extends ChannelAdapterContract {

    static final String APP_ID = "4318019421573621123";
    static final String APP_SECRET = "app-secret-Zx81kPq0";
    static final String OA_SECRET = "oa-secret-Mb27sLw9";
    static final String ACCESS_TOKEN = "access-token-0f5e3c2a9b";
    static final String REFRESH_TOKEN = "refresh-token-7d1a4e6c2f";
    static final String TEMPLATE_ID = "318452";
    static final String CS_PATH = "/v3.0/oa/message/cs";
    static final String ZNS_PATH = "/message/template";
    static final String TOKEN_PATH = "/v4/oa/access_token";
    static final String USER_ID = "2512523625412515";
    static final Duration READ_TIMEOUT = Duration.ofMillis(2000);

    static WireMockServer zalo;
    ZaloOaAdapter adapter;
    ZaloOaAdapter unreachable;
    Date testStarted;

    @BeforeAll
    static void startZalo() {
        zalo = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        zalo.start();
        // Loads classes on both sides, so that the first test's answer is not slowed past the read timeout.
        zalo.stubFor(post(urlPathEqualTo(CS_PATH)).willReturn(okJson(csAccepted("warm-up"))));
        try (ZaloOaAdapter warm = new ZaloOaAdapter(config(URI.create(zalo.baseUrl())), store())) {
            warm.send(zaloDispatch(AlertId.random(), "uid:" + USER_ID, "", "warm-up"));
        }
    }

    @AfterAll
    static void stopZalo() {
        zalo.stop();
    }

    @BeforeEach
    void freshAdapters() throws IOException {
        zalo.resetAll();
        testStarted = new Date();
        adapter = new ZaloOaAdapter(config(URI.create(zalo.baseUrl())), store());
        unreachable = new ZaloOaAdapter(config(unreachableAddress()), store());
    }

    @AfterEach
    void closeAdapters() {
        adapter.close();
        unreachable.close();
    }

    static ZaloConfig config(URI baseUrl) {
        return config(baseUrl, TEMPLATE_ID);
    }

    /** This test's app and OA, all three APIs at {@code baseUrl}; {@code znsTemplateId} {@code null} for no ZNS. */
    static ZaloConfig config(URI baseUrl, String znsTemplateId) {
        return new ZaloConfig(
                APP_ID,
                APP_SECRET,
                OA_SECRET,
                baseUrl,
                null,
                null,
                null,
                znsTemplateId,
                ZnsTemplateFields.defaults(),
                new ProviderLimits(Duration.ofMillis(500), READ_TIMEOUT, 0, 0));
    }

    static InMemoryZaloTokenStore store() {
        return new InMemoryZaloTokenStore(
                new ZaloTokens(ACCESS_TOKEN, REFRESH_TOKEN, Instant.now().plus(Duration.ofHours(24))));
    }

    static String csAccepted(String messageId) {
        return """
                {"error":0,"message":"Success","data":{"message_id":"%s","user_id":"%s"}}""".formatted(messageId, USER_ID);
    }

    static String znsAccepted(String msgId) {
        return """
                {"error":0,"message":"Success","data":{"msg_id":"%s","sent_time":"1731900000000",\
                "quota":{"dailyQuota":"500","remainingQuota":"499"}}}""".formatted(msgId);
    }

    static String zaloError(int code, String message) {
        return "{\"error\":" + code + ",\"message\":\"" + message + "\"}";
    }

    @Override
    protected ChannelAdapter adapter() {
        return adapter;
    }

    @Override
    protected ChannelAdapter adapterForUnreachableProvider() {
        return unreachable;
    }

    @Override
    protected List<String> secrets() {
        return List.of(APP_SECRET, OA_SECRET, ACCESS_TOKEN, REFRESH_TOKEN);
    }

    @Override
    protected Dispatch dispatch() {
        return dispatchTo("uid:" + USER_ID, "Cảnh báo lũ quét tại Xã Cao Minh");
    }

    static Dispatch zaloDispatch(AlertId alertId, String address, String title, String body) {
        return new Dispatch(
                UUID.randomUUID(),
                alertId,
                UUID.randomUUID(),
                Channel.ZALO,
                Tier.EVERYONE,
                address,
                title,
                body,
                0,
                null);
    }

    @Override
    protected void providerAccepts() {
        cs(okJson(csAccepted("5a6b7c8d9e0f")));
    }

    @Override
    protected void providerRejectsRequest() {
        cs(okJson(zaloError(-201, "Parameters are invalid")));
    }

    @Override
    protected void providerRejectsCredentials() {
        cs(okJson(zaloError(-216, "Access token is invalid")));
        zalo.stubFor(post(urlPathEqualTo(TOKEN_PATH))
                .willReturn(okJson("{\"error\":-14014,\"error_name\":\"Invalid refresh token\"}")));
    }

    @Override
    protected void providerRateLimits(Duration retryAfter) {
        ResponseDefinitionBuilder answer = aResponse()
                .withStatus(429)
                .withHeader("Content-Type", "application/json")
                .withBody(zaloError(-32, "Request limit exceeded"));
        if (retryAfter != null) {
            answer.withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
        }
        cs(answer);
    }

    @Override
    protected void providerFails(int status) {
        cs(aResponse().withStatus(status).withBody("Service failure"));
    }

    @Override
    protected void providerAnswersTooLate() {
        cs(okJson(csAccepted("late")).withFixedDelay((int) READ_TIMEOUT.toMillis() * 2));
    }

    /**
     * Requests received since this test began. WireMock journals a request when it has answered it, so the late
     * answer of the timeout test lands in the next test's journal; its receipt date tells it apart.
     */
    @Override
    protected int requestsReceived() {
        return (int) zalo.getAllServeEvents().stream()
                .filter(event -> !event.getRequest().getLoggedDate().before(testStarted))
                .count();
    }

    static void cs(ResponseDefinitionBuilder answer) {
        zalo.stubFor(post(urlPathEqualTo(CS_PATH)).willReturn(answer));
    }

    static void zns(ResponseDefinitionBuilder answer) {
        zalo.stubFor(post(urlPathEqualTo(ZNS_PATH)).willReturn(answer));
    }

    @Test
    void sendsTheConsultationMessageAsZaloExpectsIt() {
        providerAccepts();

        SendResult result = adapter.send(dispatchTo("uid:" + USER_ID, "Cảnh báo lũ quét tại Xã Cao Minh: sơ tán ngay"));

        assertThat(result).isEqualTo(SendResult.accepted("5a6b7c8d9e0f"));
        zalo.verify(postRequestedFor(urlPathEqualTo(CS_PATH))
                .withHeader("access_token", equalTo(ACCESS_TOKEN))
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                .withRequestBody(equalToJson("""
                        {"recipient":{"user_id":"2512523625412515"},
                         "message":{"text":"Cảnh báo lũ quét tại Xã Cao Minh: sơ tán ngay"}}""")));
        assertThat(requestsReceived()).isEqualTo(1);
    }

    @Test
    void vietnameseTextTravelsAsUtf8WithItsDiacritics() {
        providerAccepts();

        adapter.send(dispatchTo("uid:" + USER_ID, "Bão số 3 đổ bộ; người dân ở Phường Hồng Gai di dời"));

        LoggedRequest request = only(CS_PATH);
        assertThat(new String(request.getBody(), StandardCharsets.UTF_8))
                .contains("Bão số 3 đổ bộ; người dân ở Phường Hồng Gai di dời");
        // "ã" is U+00E3, C3 A3 in UTF-8; "ổ" is U+1ED5, E1 BB 95.
        assertThat(request.getBody()).containsSubsequence((byte) 0xC3, (byte) 0xA3);
        assertThat(request.getBody()).containsSubsequence((byte) 0xE1, (byte) 0xBB, (byte) 0x95);
    }

    @Test
    void aRecipientWithOnlyAPhoneGoesStraightToZns() {
        zns(okJson(znsAccepted("zns-0a1b2c")));
        Dispatch dispatch = zaloDispatch(
                AlertId.parse("3f2a9c1b-0000-4000-8000-000000000001"),
                "phone:+84912345678",
                "Cảnh báo lũ quét",
                "Mưa lớn, nguy cơ lũ quét tại Xã Cao Minh; sơ tán khỏi ven suối");

        SendResult result = adapter.send(dispatch);

        assertThat(result).isEqualTo(SendResult.accepted("zns-0a1b2c"));
        zalo.verify(postRequestedFor(urlPathEqualTo(ZNS_PATH))
                .withHeader("access_token", equalTo(ACCESS_TOKEN))
                .withRequestBody(equalToJson("""
                        {"phone":"84912345678","template_id":"318452",
                         "template_data":{"tieu_de":"Cảnh báo lũ quét",
                                          "noi_dung":"Mưa lớn, nguy cơ lũ quét tại Xã Cao Minh; sơ tán khỏi ven suối",
                                          "ma_canh_bao":"3F2A9C1B"},
                         "tracking_id":"%s"}""".formatted(dispatch.id()))));
        assertThat(requestsReceived()).isEqualTo(1);
    }

    @Test
    void outsideTheSevenDayWindowFallsBackToZnsInTheSameSend() {
        cs(okJson(zaloError(-230, "User has not interacted with the OA in the past 7 days")));
        zns(okJson(znsAccepted("zns-fallback-1")));

        SendResult result = adapter.send(dispatchTo("uid:" + USER_ID + ";phone:+84912345678", "Cảnh báo sạt lở đất"));

        assertThat(result).isEqualTo(SendResult.accepted("zns-fallback-1"));
        assertThat(only(CS_PATH)).isNotNull();
        assertThat(only(ZNS_PATH).getBodyAsString()).contains("\"phone\":\"84912345678\"");
    }

    @Test
    void outsideTheWindowWithoutAPhoneIsAnInvalidAddress() {
        cs(okJson(zaloError(-230, "User has not interacted with the OA in the past 7 days")));

        SendResult.Failed failed = failed(adapter.send(dispatchTo("uid:" + USER_ID, "Cảnh báo")));

        assertThat(failed.reason()).isEqualTo(FailureReason.INVALID_ADDRESS);
        assertThat(failed.detail()).contains("-230");
        assertThat(requestsReceived()).isEqualTo(1);
    }

    @Test
    void aFollowerIsNotSentZnsWhenTheOaMessageFailsOtherwise() {
        providerFails(503);

        SendResult.Failed failed = failed(adapter.send(dispatchTo("uid:" + USER_ID + ";phone:+84912345678", "x")));

        assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(zalo.findAll(postRequestedFor(urlPathEqualTo(ZNS_PATH)))).isEmpty();
    }

    @Test
    void textLongerThanZalosLimitIsCutAtAWordBoundary() {
        providerAccepts();
        String longText = "Lũ quét ".repeat(300); // 2,400 characters

        adapter.send(dispatchTo("uid:" + USER_ID, longText));

        String sent = only(CS_PATH).getBodyAsString();
        String text = sent.substring(sent.indexOf("\"text\":\"") + 8, sent.lastIndexOf('"'));
        assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(ZaloText.MAX_CS_TEXT);
        assertThat(text).endsWith("quét…");
    }

    @Test
    void anUnreadableAddressFailsWithoutARequest() {
        SendResult.Failed failed = failed(adapter.send(dispatchTo("email:someone@example.vn", "x")));

        assertThat(failed.reason()).isEqualTo(FailureReason.INVALID_ADDRESS);
        assertThat(requestsReceived()).isZero();
    }

    @Test
    void aPhoneWithoutZnsConfiguredIsRejected() {
        try (ZaloOaAdapter withoutZns = new ZaloOaAdapter(config(URI.create(zalo.baseUrl()), null), store())) {
            SendResult.Failed failed = failed(withoutZns.send(dispatchTo("phone:+84912345678", "x")));

            assertThat(failed.reason()).isEqualTo(FailureReason.REJECTED);
        }
        assertThat(requestsReceived()).isZero();
    }

    static LoggedRequest only(String path) {
        List<LoggedRequest> requests = zalo.findAll(postRequestedFor(urlPathEqualTo(path)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
