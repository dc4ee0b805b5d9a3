package vn.canhbao.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared half of every adapter's classification: statuses, provider codes, Retry-After, requests unanswered. */
class FailureClassificationTests {

    private final FailureClassification classification = new FailureClassification(List.of());

    @ParameterizedTest(name = "HTTP {0} → {1}")
    @CsvSource({
        "401, AUTH_ERROR",
        "403, AUTH_ERROR",
        "429, RATE_LIMITED",
        "408, TIMEOUT",
        "400, REJECTED",
        "404, REJECTED",
        "409, REJECTED",
        "422, REJECTED",
        "500, SERVER_ERROR",
        "502, SERVER_ERROR",
        "503, SERVER_ERROR",
        "504, SERVER_ERROR",
        "302, SERVER_ERROR",
        "100, SERVER_ERROR",
    })
    void eachStatusFamilyHasItsReason(int status, FailureReason reason) {
        assertThat(FailureClassification.byStatus(status)).isEqualTo(reason);

        SendResult.Failed failed = classification.answered(status, null, null, "HTTP " + status);

        assertThat(failed.reason()).isEqualTo(reason);
        assertThat(failed.retryable()).isEqualTo(reason.retryable());
        assertThat(failed.detail()).isEqualTo("HTTP " + status);
    }

    @Test
    void theProvidersOwnCodeWinsOverTheStatus() {
        // FCM: a token of another sender comes with 403, and is an address to retire, not our credentials.
        assertThat(classification
                        .answered(403, FailureReason.INVALID_ADDRESS, null, "SENDER_ID_MISMATCH")
                        .reason())
                .isEqualTo(FailureReason.INVALID_ADDRESS);
        // Twilio: a queue overflow comes with 400 and is a rate limit.
        assertThat(classification
                        .answered(400, FailureReason.RATE_LIMITED, null, "30001")
                        .retryable())
                .isTrue();
    }

    @Test
    void rateLimitKeepsTheProvidersRetryAfter() {
        SendResult.Failed failed = classification.answered(429, null, Duration.ofSeconds(7), "slow down");

        assertThat(failed.reason()).isEqualTo(FailureReason.RATE_LIMITED);
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void serverErrorKeepsTheProvidersRetryAfter() {
        assertThat(classification
                        .answered(503, null, Duration.ofSeconds(12), "unavailable")
                        .retryAfter())
                .isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void aPermanentFailureDropsTheRetryAfterNobodyWillWaitFor() {
        assertThat(classification
                        .answered(401, null, Duration.ofSeconds(30), "bad credentials")
                        .retryAfter())
                .isNull();
        assertThat(classification
                        .answered(400, FailureReason.INVALID_ADDRESS, Duration.ofSeconds(30), "no such number")
                        .retryAfter())
                .isNull();
    }

    @Test
    void aSuccessWeCouldNotReadIsRetriedRatherThanLost() {
        SendResult.Failed failed = classification.answered(201, null, null, "HTTP 201: {not json");

        assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.detail()).isEqualTo("unreadable answer, HTTP 201: {not json");
    }

    @Test
    void aSuccessStatusWithTheProvidersRefusalIsTheProvidersReason() {
        // Zalo answers most failures with HTTP 200 and a negative error code.
        assertThat(classification
                        .answered(200, FailureReason.QUOTA_EXCEEDED, null, "-115")
                        .reason())
                .isEqualTo(FailureReason.QUOTA_EXCEEDED);
    }

    @Test
    void noAnswerInTimeIsARetryableTimeout() {
        assertThat(FailureClassification.withoutAnswer(new HttpTimeoutException("request timed out")))
                .isEqualTo(FailureReason.TIMEOUT);
        assertThat(FailureClassification.withoutAnswer(
                        new IOException("wrapped", new SocketTimeoutException("Read timed out"))))
                .isEqualTo(FailureReason.TIMEOUT);
    }

    @Test
    void anInterruptedWaitIsATimeoutBecauseTheRequestMayHaveGoneOut() {
        assertThat(FailureClassification.withoutAnswer(new InterruptedException()))
                .isEqualTo(FailureReason.TIMEOUT);
        assertThat(FailureClassification.withoutAnswer(new InterruptedIOException("interrupted while waiting")))
                .isEqualTo(FailureReason.TIMEOUT);
    }

    @Test
    void aProviderNeverReachedIsANetworkFailure() {
        assertThat(FailureClassification.withoutAnswer(new ConnectException("Connection refused")))
                .isEqualTo(FailureReason.NETWORK);
        assertThat(FailureClassification.withoutAnswer(new SocketException("Connection reset")))
                .isEqualTo(FailureReason.NETWORK);
        assertThat(FailureClassification.withoutAnswer(new UnknownHostException("api.example.vn")))
                .isEqualTo(FailureReason.NETWORK);
    }

    @Test
    void aConnectTimeoutIsANetworkFailureEvenAmongTimeouts() {
        assertThat(FailureClassification.withoutAnswer(new HttpConnectTimeoutException("connect timed out")))
                .isEqualTo(FailureReason.NETWORK);
        Throwable wrapped = new HttpTimeoutException("outer");
        wrapped.initCause(new HttpConnectTimeoutException("could not connect in time"));
        assertThat(FailureClassification.withoutAnswer(wrapped)).isEqualTo(FailureReason.NETWORK);
    }

    @Test
    void anUnansweredRequestNamesTheProviderAndTheRootCause() {
        SendResult.Failed late = classification.unanswered(
                "Zalo OA",
                new HttpTimeoutException("no answer in time").initCause(new SocketTimeoutException("Read timed out")));
        SendResult.Failed refused = classification.unanswered("Twilio", new ConnectException("Connection refused"));

        assertThat(late.reason()).isEqualTo(FailureReason.TIMEOUT);
        assertThat(late.retryable()).isTrue();
        assertThat(late.detail()).isEqualTo("no answer from Zalo OA in time: SocketTimeoutException Read timed out");
        assertThat(refused.reason()).isEqualTo(FailureReason.NETWORK);
        assertThat(refused.detail()).isEqualTo("could not reach Twilio: ConnectException Connection refused");
    }
}
