package vn.canhbao.channels;

import java.time.Duration;
import java.util.Objects;

/**
 * What a provider made of one dispatch: it took it, or it did not and here is why. The dispatcher decides what
 * happens next from this alone, so a {@link Failed} carries a typed {@link FailureReason}, never a message to parse.
 */
public sealed interface SendResult {

    /** The provider took the message; {@code providerMessageId} ties later receipts to it (Twilio's {@code SM…}). */
    record Accepted(String providerMessageId) implements SendResult {
        public Accepted {
            Objects.requireNonNull(providerMessageId, "providerMessageId");
        }
    }

    /**
     * The provider did not take the message.
     *
     * @param reason what kind of failure, for retry policy and metrics
     * @param retryable whether sending the same dispatch again can succeed
     * @param retryAfter how long the provider asked us to wait (its {@code Retry-After}), or {@code null}
     * @param detail what the provider said, for people reading the dead-letter topic; never holds a secret
     */
    record Failed(FailureReason reason, boolean retryable, Duration retryAfter, String detail) implements SendResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            if (retryAfter != null && retryAfter.isNegative()) {
                retryAfter = Duration.ZERO;
            }
            detail = detail == null ? "" : detail;
        }
    }

    static Accepted accepted(String providerMessageId) {
        return new Accepted(providerMessageId);
    }

    /** A failure that is retryable or not as its reason is by default, with no wait asked for. */
    static Failed failed(FailureReason reason, String detail) {
        return new Failed(reason, reason.retryable(), null, detail);
    }

    /** A failure that is retryable or not as its reason is by default, with the wait the provider asked for. */
    static Failed failed(FailureReason reason, Duration retryAfter, String detail) {
        return new Failed(reason, reason.retryable(), retryAfter, detail);
    }
}
