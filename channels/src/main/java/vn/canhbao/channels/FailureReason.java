package vn.canhbao.channels;

/**
 * Why a provider did not take a message, in the few kinds that decide what to do next. Each reason has a default
 * {@link #retryable()} flag; the dispatcher retries only retryable failures, with back-off and within the alert's
 * expiry, and counts failures by channel and reason.
 */
public enum FailureReason {
    /** The address cannot receive on this channel: not a valid phone number, unknown user or token. */
    INVALID_ADDRESS(false, false),
    /** The recipient told the provider to stop sending (e.g. replied STOP to an SMS). */
    OPTED_OUT(false, false),
    /** Any other permanent refusal of this message: bad content, unsupported destination, malformed request. */
    REJECTED(false, false),
    /**
     * The provider refused our credentials (HTTP 401/403). Not retryable per message: every retry would fail the
     * same way and count as another failed login. It is a fault of the channel, not of the message, so
     * {@link #needsOperator()} is true: the dispatcher should raise an alarm, fall back to other channels and let an
     * operator replay the dead letters once the credentials are fixed.
     */
    AUTH_ERROR(false, true),
    /** The provider asked us to slow down (HTTP 429 or a queue-full code); try again, after its Retry-After. */
    RATE_LIMITED(true, false),
    /**
     * A daily or monthly quota or the account balance is used up. Not retryable per message (it does not come back
     * within minutes); like {@link #AUTH_ERROR} it needs an operator.
     */
    QUOTA_EXCEEDED(false, true),
    /** The provider failed (HTTP 5xx, or an answer we could not read); try again later. */
    SERVER_ERROR(true, false),
    /**
     * No answer within the read timeout. The provider may or may not have taken the message, so a retry can
     * duplicate it; for a warning a duplicate is better than a miss.
     */
    TIMEOUT(true, false),
    /** The provider could not be reached: connection refused or reset, DNS failure, connect timeout. */
    NETWORK(true, false),
    /**
     * The alert expired before the message could be handed over. Set by the dispatcher, never by an adapter: a warning
     * sent after its expiry tells people of a danger that is over.
     */
    EXPIRED(false, false);

    private final boolean retryable;
    private final boolean needsOperator;

    FailureReason(boolean retryable, boolean needsOperator) {
        this.retryable = retryable;
        this.needsOperator = needsOperator;
    }

    /** Whether sending the same dispatch again can succeed. */
    public boolean retryable() {
        return retryable;
    }

    /** Whether the fault is the channel's (credentials, account, quota) and needs a person, not a retry. */
    public boolean needsOperator() {
        return needsOperator;
    }
}
