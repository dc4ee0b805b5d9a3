package vn.canhbao.channels.firebase;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;

/**
 * {@link FirebasePushAdapter} against plain WireMock stubs: the shared contract, plus the exact message FCM receives.
 * FCM's error codes are in {@link FirebasePushAdapterClassificationTests}.
 */
class FirebasePushAdapterTests extends ChannelAdapterContract {

    static final String PROJECT = "demo-project";
    static final String SEND_PATH = "/v1/projects/" + PROJECT + "/messages:send";
    static final String ACCESS_TOKEN = "ya29.s3cr3t-fake-access-token-0123456789";
    static final URI LINKS = URI.create("https://canhbao.example.vn/");
    static final Instant NOW = Instant.parse("2025-10-27T03:00:00Z");
    /** Long enough for a busy 2-core build machine, short enough to keep the timeout test quick. */
    static final Duration READ_TIMEOUT = Duration.ofMillis(2000);

    static WireMockServer fcm;
    static FirebasePushAdapter adapter;
    static FirebasePushAdapter unreachable;

    @BeforeAll
    static void startFcm() throws IOException {
        fcm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        fcm.start();
        adapter = new FirebasePushAdapter(config(URI.create(fcm.baseUrl())), Clock.fixed(NOW, ZoneOffset.UTC));
        unreachable = new FirebasePushAdapter(config(unreachableAddress()));
        // Loads classes on both sides, so that the first test's answer is not slowed past the read timeout.
        adapter.send(leaderDispatch(null));
    }

    @AfterAll
    static void stopFcm() {
        adapter.close();
        unreachable.close();
        fcm.stop();
    }

    @BeforeEach
    void forgetRequests() {
        fcm.resetAll();
    }

    static FirebaseConfig config(URI baseUrl) {
        return new FirebaseConfig(
                PROJECT,
                null,
                ACCESS_TOKEN,
                baseUrl,
                null,
                new ProviderLimits(Duration.ofMillis(500), READ_TIMEOUT, 0, 0),
                LINKS);
    }

    static Dispatch leaderDispatch(OffsetDateTime expires) {
        return new Dispatch(
                UUID.fromString("6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e"),
                new AlertId(UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d")),
                UUID.randomUUID(),
                Channel.PUSH,
                Tier.LEADER,
                "token:device-token-1",
                "Cảnh báo lũ quét",
                "Lũ quét có thể xảy ra tại Xã Cao Minh trong 6 giờ tới. Di chuyển lên vùng cao ngay.",
                0,
                expires);
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
        return List.of(ACCESS_TOKEN);
    }

    @Override
    protected Dispatch dispatch() {
        return dispatchTo("token:device-token-1", "Cảnh báo lũ quét tại Xã Cao Minh");
    }

    @Override
    protected void providerAccepts() {
        answer(FcmStubs.sent("projects/demo-project/messages/0:1761534000000000%a1b2c3d4"));
    }

    @Override
    protected void providerRejectsRequest() {
        answer(FcmStubs.error(
                400, "INVALID_ARGUMENT", "Invalid data payload key: from", "INVALID_ARGUMENT", "message.data"));
    }

    @Override
    protected void providerRejectsCredentials() {
        answer(FcmStubs.error(401, "UNAUTHENTICATED", "Request had invalid authentication credentials.", null)
                .withHeader(
                        "WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\""));
    }

    @Override
    protected void providerRateLimits(Duration retryAfter) {
        ResponseDefinitionBuilder answer =
                FcmStubs.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded.", "QUOTA_EXCEEDED");
        if (retryAfter != null) {
            answer.withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
        }
        answer(answer);
    }

    @Override
    protected void providerFails(int status) {
        answer(
                status == 503
                        ? FcmStubs.error(503, "UNAVAILABLE", "The service is currently unavailable.", "UNAVAILABLE")
                        : FcmStubs.error(status, "INTERNAL", "Internal error encountered.", "INTERNAL"));
    }

    @Override
    protected void providerAnswersTooLate() {
        answer(FcmStubs.sent("projects/demo-project/messages/late").withFixedDelay((int) READ_TIMEOUT.toMillis() * 2));
    }

    @Override
    protected int requestsReceived() {
        return fcm.getAllServeEvents().size();
    }

    static void answer(ResponseDefinitionBuilder answer) {
        fcm.stubFor(post(urlEqualTo(SEND_PATH)).willReturn(answer));
    }

    @Test
    void tokenMessageCarriesNotificationDataAndPlatformSettingsAsFcmExpects() {
        providerAccepts();
        Instant expires = NOW.plus(Duration.ofHours(6));

        SendResult result = adapter.send(leaderDispatch(expires.atOffset(ZoneOffset.ofHours(7))));

        assertThat(result).isEqualTo(SendResult.accepted("projects/demo-project/messages/0:1761534000000000%a1b2c3d4"));
        fcm.verify(
                1,
                postRequestedFor(urlEqualTo(SEND_PATH))
                        .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                        .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                        .withRequestBody(equalToJson("""
                                {"message": {
                                  "token": "device-token-1",
                                  "notification": {
                                    "title": "Cảnh báo lũ quét",
                                    "body": "Lũ quét có thể xảy ra tại Xã Cao Minh trong 6 giờ tới. Di chuyển lên vùng cao ngay."
                                  },
                                  "data": {
                                    "alertId": "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
                                    "dispatchId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e",
                                    "link": "https://canhbao.example.vn/alerts/0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"
                                  },
                                  "android": {
                                    "priority": "high",
                                    "ttl": "21600s",
                                    "notification": {"sound": "default"}
                                  },
                                  "apns": {
                                    "headers": {
                                      "apns-priority": "10",
                                      "apns-push-type": "alert",
                                      "apns-expiration": "%d"
                                    },
                                    "payload": {"aps": {"sound": "default"}}
                                  }
                                }}""".formatted(expires.getEpochSecond()))));
    }

    @Test
    void vietnameseDiacriticsTravelAsUtf8() {
        providerAccepts();

        adapter.send(leaderDispatch(null));

        LoggedRequest request = fcm.getAllServeEvents().getFirst().getRequest();
        assertThat(new String(request.getBody(), StandardCharsets.UTF_8))
                .contains("Cảnh báo lũ quét")
                .contains("Di chuyển lên vùng cao ngay.");
    }

    @Test
    void wardTopicMessageWithoutExpiryLivesADay() {
        providerAccepts();
        Dispatch toWard = new Dispatch(
                UUID.randomUUID(),
                AlertId.random(),
                UUID.randomUUID(),
                Channel.PUSH,
                Tier.EVERYONE,
                PushTarget.wardTopic("11473").format(),
                "Cảnh báo bão",
                "Bão số 12 đổ bộ trong đêm nay.",
                0,
                null);

        assertThat(adapter.send(toWard)).isInstanceOf(SendResult.Accepted.class);

        fcm.verify(postRequestedFor(urlEqualTo(SEND_PATH))
                .withRequestBody(
                        equalToJson("""
                        {"message": {
                          "topic": "ward-11473",
                          "android": {"ttl": "86400s"},
                          "apns": {"headers": {"apns-expiration": "%d"}}
                        }}""".formatted(NOW.plus(Duration.ofDays(1)).getEpochSecond()), true, true)));
    }

    @Test
    void expiredAlertIsSentNowOrNever() {
        providerAccepts();

        adapter.send(leaderDispatch(NOW.minusSeconds(60).atOffset(ZoneOffset.UTC)));

        fcm.verify(postRequestedFor(urlEqualTo(SEND_PATH))
                .withRequestBody(equalToJson(
                        "{\"message\": {\"android\": {\"ttl\": \"0s\"}, \"apns\": {\"headers\": {\"apns-expiration\":"
                                + " \"0\"}}}}",
                        true,
                        true)));
    }

    @Test
    void serviceUnavailableWithRetryAfterIsNotRetriedBySdkAndKeepsTheWait() {
        answer(FcmStubs.error(503, "UNAVAILABLE", "The service is currently unavailable.", "UNAVAILABLE")
                .withHeader("Retry-After", "30"));
        long started = System.nanoTime();

        SendResult.Failed failed = failed(send(adapter));

        assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(requestsReceived()).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("the SDK did not sleep before giving up")
                .isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void rejectedCredentialsReachFcmOnce() {
        providerRejectsCredentials();

        failed(send(adapter));

        assertThat(requestsReceived())
                .as("the SDK's re-send after a token refresh is refused")
                .isEqualTo(1);
    }

    @Test
    void eachAdapterHasItsOwnFirebaseApp() {
        try (FirebasePushAdapter another = new FirebasePushAdapter(config(URI.create(fcm.baseUrl())))) {
            assertThat(another.appName()).isNotEqualTo(adapter.appName()).startsWith("canhbao-push-");
        }
    }
}
