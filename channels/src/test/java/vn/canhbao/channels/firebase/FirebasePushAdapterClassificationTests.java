package vn.canhbao.channels.firebase;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.delivery.Dispatch;

/** Each FCM error code, as FCM sends it, becomes the failure the dispatcher acts on. */
class FirebasePushAdapterClassificationTests {

    static final Instant NOW = FirebasePushAdapterTests.NOW;

    static WireMockServer fcm;
    static FirebasePushAdapter adapter;

    @BeforeAll
    static void start() {
        fcm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        fcm.start();
        adapter = new FirebasePushAdapter(
                FirebasePushAdapterTests.config(URI.create(fcm.baseUrl())), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        adapter.close();
        fcm.stop();
    }

    @BeforeEach
    void forget() {
        fcm.resetAll();
    }

    @Test
    void unregisteredTokenIsAnInvalidAddressToRetire() {
        SendResult.Failed failed =
                sendToToken(FcmStubs.error(404, "NOT_FOUND", "Requested entity was not found.", "UNREGISTERED"));

        assertThat(failed.reason()).isEqualTo(FailureReason.INVALID_ADDRESS);
        assertThat(failed.retryable()).isFalse();
        assertThat(failed.detail())
                .contains("UNREGISTERED")
                .contains("token:…oken-1")
                .doesNotContain("device-token-1");
    }

    @Test
    void invalidArgumentNamingTheTokenIsAnInvalidAddress() {
        SendResult.Failed failed = sendToToken(FcmStubs.error(
                400,
                "INVALID_ARGUMENT",
                "The registration token is not a valid FCM registration token",
                "INVALID_ARGUMENT",
                "message.token"));

        assertThat(failed.reason()).isEqualTo(FailureReason.INVALID_ADDRESS);
    }

    @Test
    void invalidArgumentNamingNoFieldForATokenIsAnInvalidAddress() {
        SendResult.Failed failed = sendToToken(FcmStubs.error(
                400,
                "INVALID_ARGUMENT",
                "The registration token is not a valid FCM registration token",
                "INVALID_ARGUMENT"));

        assertThat(failed.reason()).isEqualTo(FailureReason.INVALID_ADDRESS);
    }

    @Test
    void invalidArgumentNamingAnotherFieldIsARejectedMessageAndTheTokenStays() {
        SendResult.Failed failed = sendToToken(FcmStubs.error(
                400,
                "INVALID_ARGUMENT",
                "Invalid value at 'message.android.ttl'",
                "INVALID_ARGUMENT",
                "message.android.ttl"));

        assertThat(failed.reason()).isEqualTo(FailureReason.REJECTED);
        assertThat(failed.retryable()).isFalse();
    }

    @Test
    void invalidArgumentForATopicIsARejectedMessage() {
        answer(FcmStubs.error(400, "INVALID_ARGUMENT", "Request contains an invalid argument.", "INVALID_ARGUMENT"));

        SendResult result = adapter.send(dispatch("topic:ward-11473"));

        assertThat(((SendResult.Failed) result).reason()).isEqualTo(FailureReason.REJECTED);
    }

    @Test
    void senderIdMismatchIsAnInvalidAddress() {
        SendResult.Failed failed =
                sendToToken(FcmStubs.error(403, "PERMISSION_DENIED", "SenderId mismatch", "SENDER_ID_MISMATCH"));

        assertThat(failed.reason()).isEqualTo(FailureReason.INVALID_ADDRESS);
    }

    @Test
    void thirdPartyAuthErrorNeedsAnOperator() {
        SendResult.Failed failed = sendToToken(FcmStubs.error(
                401, "UNAUTHENTICATED", "Auth error from APNS or Web Push Service", "THIRD_PARTY_AUTH_ERROR"));

        assertThat(failed.reason()).isEqualTo(FailureReason.AUTH_ERROR);
        assertThat(failed.reason().needsOperator()).isTrue();
    }

    @Test
    void permissionDeniedOnTheProjectIsAnAuthError() {
        SendResult.Failed failed = sendToToken(
                FcmStubs.error(403, "PERMISSION_DENIED", "Permission 'cloudmessaging.messages.create' denied", null));

        assertThat(failed.reason()).isEqualTo(FailureReason.AUTH_ERROR);
        assertThat(failed.retryable()).isFalse();
    }

    @Test
    void quotaExceededHonoursAnHttpDateRetryAfter() {
        String inNinetySeconds =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(90).atOffset(ZoneOffset.UTC));

        SendResult.Failed failed =
                sendToToken(FcmStubs.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded.", "QUOTA_EXCEEDED")
                        .withHeader("Retry-After", inNinetySeconds));

        assertThat(failed.reason()).isEqualTo(FailureReason.RATE_LIMITED);
        assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void internalErrorKeepsItsRetryAfter() {
        SendResult.Failed failed =
                sendToToken(FcmStubs.error(500, "INTERNAL", "Internal error encountered.", "INTERNAL")
                        .withHeader("Retry-After", "12"));

        assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(12));
        assertThat(fcm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void answerInAnotherFormatIsClassifiedByStatus() {
        SendResult.Failed failed = sendToToken(FcmStubs.json(502, "<html>Bad Gateway</html>"));

        assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(failed.retryable()).isTrue();
    }

    @Test
    void addressWithoutAKnownPrefixIsAnInvalidAddressAndNothingIsSent() {
        SendResult result = adapter.send(dispatch("+84912345678"));

        assertThat(((SendResult.Failed) result).reason()).isEqualTo(FailureReason.INVALID_ADDRESS);
        assertThat(fcm.getAllServeEvents()).isEmpty();
    }

    @Test
    void topicNameFcmWouldRefuseIsAnInvalidAddressAndNothingIsSent() {
        SendResult result = adapter.send(dispatch("topic:ward 11473"));

        assertThat(((SendResult.Failed) result).reason()).isEqualTo(FailureReason.INVALID_ADDRESS);
        assertThat(fcm.getAllServeEvents()).isEmpty();
    }

    private static SendResult.Failed sendToToken(ResponseDefinitionBuilder answer) {
        answer(answer);
        SendResult result = adapter.send(dispatch("token:device-token-1"));
        assertThat(result).isInstanceOf(SendResult.Failed.class);
        SendResult.Failed failed = (SendResult.Failed) result;
        assertThat(failed.detail()).isNotBlank().doesNotContain(FirebasePushAdapterTests.ACCESS_TOKEN);
        return failed;
    }

    private static void answer(ResponseDefinitionBuilder answer) {
        fcm.stubFor(post(urlEqualTo(FirebasePushAdapterTests.SEND_PATH)).willReturn(answer));
    }

    private static Dispatch dispatch(String address) {
        Dispatch leader = FirebasePushAdapterTests.leaderDispatch(null);
        return new Dispatch(
                leader.id(),
                leader.alertId(),
                leader.recipientId(),
                leader.channel(),
                leader.tier(),
                address,
                leader.title(),
                leader.body(),
                0,
                null);
    }
}
