package vn.canhbao.channels.loudspeaker;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.ChannelAdapterContract;
import vn.canhbao.channels.ProviderLimits;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;

/**
 * {@link LoudspeakerAdapter} against plain WireMock stubs: the shared contract, plus the exact request the vendor
 * receives. Contract-specific answers (409, invalid cluster, 403) are in {@link LoudspeakerAdapterAnswersTests}.
 */
class LoudspeakerAdapterTests extends ChannelAdapterContract {

    static final String TOKEN = "s3cr3t-loa-token-0123456789";
    static final String CALLBACK_SECRET = "callback-secret-9876543210";
    static final String CLUSTER = "cum-loa-001";
    static final String TITLE = "CẢNH BÁO LŨ QUÉT";
    /** A loudspeaker dispatch's body is the spoken script the core renderer wrote; the adapter reads it as it is. */
    static final String BODY = "Cảnh báo lũ quét: Mưa lớn gây lũ quét tại Xã Cao Minh. Cấp độ rủi ro ba."
            + " Di chuyển ngay lên vùng cao. Tin phát lúc 14 giờ 30 ngày 5 tháng 10 năm 2025."
            + " Xin nhắc lại: Cảnh báo lũ quét: Mưa lớn gây lũ quét tại Xã Cao Minh.";

    static final String SCRIPT = BODY;
    static final Duration READ_TIMEOUT = Duration.ofMillis(2000);

    static WireMockServer vendor;
    static LoudspeakerAdapter adapter;
    static LoudspeakerAdapter unreachable;

    @BeforeAll
    static void startVendor() throws IOException {
        vendor = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        vendor.start();
        adapter = new LoudspeakerAdapter(config(URI.create(vendor.baseUrl() + "/api/v1/")));
        unreachable = new LoudspeakerAdapter(config(unreachableAddress()));
        // Loads classes on both sides, so that the first test's answer is not slowed past the read timeout.
        adapter.send(dispatch(CLUSTER, TITLE, BODY));
    }

    @AfterAll
    static void stopVendor() {
        adapter.close();
        unreachable.close();
        vendor.stop();
    }

    @BeforeEach
    void forgetRequests() {
        vendor.resetAll();
    }

    static LoudspeakerConfig config(URI baseUrl) {
        return new LoudspeakerConfig(
                baseUrl,
                null,
                TOKEN,
                null,
                null,
                0,
                URI.create("https://canhbao.example.vn/webhooks/loudspeaker"),
                CALLBACK_SECRET,
                new ProviderLimits(Duration.ofMillis(500), READ_TIMEOUT, 0, 0));
    }

    static Dispatch dispatch(String cluster, String title, String body) {
        return new Dispatch(
                UUID.randomUUID(),
                AlertId.random(),
                UUID.randomUUID(),
                Channel.LOUDSPEAKER,
                Tier.LOUDSPEAKER,
                cluster,
                title,
                body,
                0,
                OffsetDateTime.of(2025, 10, 5, 20, 30, 0, 0, ZoneOffset.ofHours(7)));
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
        return List.of(TOKEN, CALLBACK_SECRET);
    }

    @Override
    protected Dispatch dispatch() {
        return dispatch(CLUSTER, TITLE, BODY);
    }

    @Override
    protected void providerAccepts() {
        answer(aResponse().withStatus(201).withBody(created("bc_123")));
    }

    @Override
    protected void providerRejectsRequest() {
        answer(error(400, "invalid_request", "Cần đúng một trong hai trường text hoặc audioUrl"));
    }

    @Override
    protected void providerRejectsCredentials() {
        answer(error(401, "unauthorized", "Sai khóa truy cập " + TOKEN));
    }

    @Override
    protected void providerRateLimits(Duration retryAfter) {
        ResponseDefinitionBuilder answer = error(429, "rate_limited", "Quá nhiều yêu cầu");
        if (retryAfter != null) {
            answer.withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
        }
        answer(answer);
    }

    @Override
    protected void providerFails(int status) {
        answer(error(status, "internal", "Lỗi máy chủ"));
    }

    @Override
    protected void providerAnswersTooLate() {
        answer(aResponse()
                .withStatus(201)
                .withBody(created("bc_late"))
                .withFixedDelay((int) READ_TIMEOUT.toMillis() * 2));
    }

    @Override
    protected int requestsReceived() {
        return vendor.getAllServeEvents().size();
    }

    static String created(String id) {
        return "{\"id\":\"" + id + "\",\"status\":\"queued\",\"clusters\":[{\"clusterId\":\"" + CLUSTER
                + "\",\"status\":\"queued\"}]}";
    }

    static ResponseDefinitionBuilder error(int status, String code, String message) {
        return aResponse()
                .withStatus(status)
                .withBody("{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}");
    }

    static void answer(ResponseDefinitionBuilder answer) {
        vendor.stubFor(post(urlPathEqualTo("/api/v1/broadcasts"))
                .willReturn(answer.withHeader("Content-Type", "application/json; charset=utf-8")));
    }

    @Test
    void postsTheContractsJsonWithTheSpokenVietnameseScript() {
        providerAccepts();
        Dispatch dispatch = dispatch();

        assertThat(adapter.send(dispatch)).isEqualTo(new vn.canhbao.channels.SendResult.Accepted("bc_123"));

        vendor.verify(postRequestedFor(urlPathEqualTo("/api/v1/broadcasts"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Idempotency-Key", equalTo(dispatch.id().toString()))
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                .withRequestBody(equalToJson("""
                        {
                          "clusterIds": ["cum-loa-001"],
                          "text": "%s",
                          "voice": "female_north",
                          "repeat": 3,
                          "priority": "emergency",
                          "schedule": "now",
                          "expiresAt": "2025-10-05T20:30:00+07:00",
                          "callbackUrl": "https://canhbao.example.vn/webhooks/loudspeaker?dispatch=%s",
                          "reference": "%s"
                        }""".formatted(SCRIPT, dispatch.id(), dispatch.id()))));
    }

    @Test
    void sendsTheConfiguredVoiceRepeatAndApiKeyHeader() {
        providerAccepts();
        LoudspeakerConfig config = new LoudspeakerConfig(
                URI.create(vendor.baseUrl() + "/api/v1"), "X-API-Key", TOKEN, null, "male_south", 2, null, null, null);

        try (LoudspeakerAdapter withKey = new LoudspeakerAdapter(config)) {
            withKey.send(dispatch());
        }

        vendor.verify(postRequestedFor(urlPathEqualTo("/api/v1/broadcasts"))
                .withHeader("X-API-Key", equalTo(TOKEN))
                .withoutHeader("Authorization")
                .withRequestBody(equalToJson("{\"voice\":\"male_south\",\"repeat\":2}", true, true)));
    }
}
