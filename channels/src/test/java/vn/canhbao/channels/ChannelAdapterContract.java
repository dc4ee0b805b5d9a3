package vn.canhbao.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;

/**
 * The contract every {@link ChannelAdapter} keeps, as one test kit that each adapter's test extends (like
 * Alertmanager's {@code notify/test} and Micrometer's registry compatibility kit). The subclass points its adapter at
 * a stand-in provider (WireMock or a simulator) and implements the {@code provider…} hooks to make that stand-in
 * answer each way; the kit checks the classification: accepted with an id, 429 and timeouts retryable (429 with the
 * Retry-After), other client errors permanent, one request per send, never an exception, never a secret in
 * {@code detail}.
 *
 * <p>The hooks name HTTP answers; an adapter whose provider signals the same thing differently (an error code in a
 * 200 body) makes its stand-in answer that way instead.
 */
public abstract class ChannelAdapterContract {

    /** An address where nothing listens: a port that was free a moment ago, on this machine. */
    protected static URI unreachableAddress() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The adapter under test, pointed at the stand-in provider. */
    protected abstract ChannelAdapter adapter();

    /** An adapter pointed at an address where nothing listens (connection refused). */
    protected abstract ChannelAdapter adapterForUnreachableProvider();

    /** Secrets the adapter holds (tokens, credentials as sent); none may appear in a failure's detail. */
    protected abstract List<String> secrets();

    /** A dispatch for this adapter's channel with an address the provider accepts. */
    protected abstract Dispatch dispatch();

    /** The provider takes the message (HTTP 200/201 with its message id). */
    protected abstract void providerAccepts();

    /** The provider refuses this request for good (HTTP 400, a generic validation error). */
    protected abstract void providerRejectsRequest();

    /** The provider refuses our credentials (HTTP 401). */
    protected abstract void providerRejectsCredentials();

    /** The provider asks us to slow down (HTTP 429), with {@code Retry-After} when {@code retryAfter} is set. */
    protected abstract void providerRateLimits(Duration retryAfter);

    /** The provider fails with this 5xx status (500 and 503 are asked for). */
    protected abstract void providerFails(int status);

    /** The provider answers later than the adapter's read timeout. */
    protected abstract void providerAnswersTooLate();

    /** How many requests the provider has received since the test began. */
    protected abstract int requestsReceived();

    /** A dispatch on this adapter's channel to {@code address}, for subclasses' own tests. */
    protected Dispatch dispatchTo(String address, String body) {
        return new Dispatch(
                UUID.randomUUID(),
                AlertId.random(),
                UUID.randomUUID(),
                adapter().channel(),
                Tier.EVERYONE,
                address,
                "",
                body,
                0,
                OffsetDateTime.now().plusHours(6));
    }

    @Test
    void acceptedMessageCarriesTheProvidersId() {
        providerAccepts();

        SendResult result = send(adapter());

        assertThat(result)
                .isInstanceOfSatisfying(SendResult.Accepted.class, accepted -> assertThat(accepted.providerMessageId())
                        .isNotBlank());
        assertThat(requestsReceived()).isEqualTo(1);
    }

    @Test
    void badRequestIsPermanent() {
        providerRejectsRequest();

        SendResult.Failed failed = failed(send(adapter()));

        assertThat(failed.retryable()).isFalse();
        assertThat(failed.reason()).isIn(FailureReason.REJECTED, FailureReason.INVALID_ADDRESS);
    }

    @Test
    void rejectedCredentialsAreAnAuthErrorForTheOperator() {
        providerRejectsCredentials();

        SendResult.Failed failed = failed(send(adapter()));

        assertThat(failed.reason()).isEqualTo(FailureReason.AUTH_ERROR);
        assertThat(failed.retryable()).isFalse();
        assertThat(failed.reason().needsOperator()).isTrue();
    }

    @Test
    void rateLimitIsRetryableAfterTheProvidersRetryAfter() {
        providerRateLimits(Duration.ofSeconds(7));

        SendResult.Failed failed = failed(send(adapter()));

        assertThat(failed.reason()).isEqualTo(FailureReason.RATE_LIMITED);
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void rateLimitWithoutRetryAfterIsRetryable() {
        providerRateLimits(null);

        SendResult.Failed failed = failed(send(adapter()));

        assertThat(failed.reason()).isEqualTo(FailureReason.RATE_LIMITED);
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.retryAfter()).isNull();
    }

    @Test
    void internalServerErrorIsRetryableAndNotRetriedByTheAdapter() {
        providerFails(500);

        SendResult.Failed failed = failed(send(adapter()));

        assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(failed.retryable()).isTrue();
        assertThat(requestsReceived())
                .as("the dispatcher retries, not the adapter")
                .isEqualTo(1);
    }

    @Test
    void serviceUnavailableIsRetryableAndNotRetriedByTheAdapter() {
        providerFails(503);

        SendResult.Failed failed = failed(send(adapter()));

        assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(failed.retryable()).isTrue();
        assertThat(requestsReceived())
                .as("the dispatcher retries, not the adapter")
                .isEqualTo(1);
    }

    @Test
    void lateAnswerIsARetryableTimeout() {
        providerAnswersTooLate();

        SendResult.Failed failed = failed(send(adapter()));

        assertThat(failed.reason()).isEqualTo(FailureReason.TIMEOUT);
        assertThat(failed.retryable()).isTrue();
    }

    @Test
    void unreachableProviderIsARetryableNetworkFailure() {
        SendResult.Failed failed = failed(send(adapterForUnreachableProvider()));

        assertThat(failed.reason()).isEqualTo(FailureReason.NETWORK);
        assertThat(failed.retryable()).isTrue();
    }

    @Test
    void limitsAreDeclared() {
        ChannelLimits limits = adapter().limits();

        assertThat(limits.messagesPerSecond()).isPositive();
        assertThat(limits.maxConcurrency()).isPositive();
        assertThat(limits.batchSize()).isPositive();
    }

    /** Sends, checking that send() itself never throws. */
    protected final SendResult send(ChannelAdapter adapter) {
        SendResult[] result = new SendResult[1];
        assertThatCode(() -> result[0] = adapter.send(dispatch()))
                .as("send() classifies failures instead of throwing")
                .doesNotThrowAnyException();
        assertThat(result[0]).isNotNull();
        return result[0];
    }

    /** The result as a failure whose detail says something and holds no secret. */
    protected final SendResult.Failed failed(SendResult result) {
        assertThat(result).isInstanceOf(SendResult.Failed.class);
        SendResult.Failed failed = (SendResult.Failed) result;
        assertThat(failed.detail()).isNotBlank();
        for (String secret : secrets()) {
            assertThat(failed.detail()).as("detail leaks a secret").doesNotContain(secret);
        }
        return failed;
    }
}
