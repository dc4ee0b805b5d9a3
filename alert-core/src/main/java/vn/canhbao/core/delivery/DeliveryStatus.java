package vn.canhbao.core.delivery;

/**
 * Where one dispatch stands. {@code PLANNED → SENDING → ACCEPTED → DELIVERED/UNDELIVERED}, with {@code RETRY_WAIT}
 * between attempts, and {@code FAILED} or {@code CANCELLED} as the ends that never reach a provider.
 */
public enum DeliveryStatus {
    /** Written by the planner and waiting on the channel's topic. */
    PLANNED,
    /** Claimed by a dispatcher, which is handing it to the provider. */
    SENDING,
    /** A retryable failure; it is sent again after its next-attempt time. */
    RETRY_WAIT,
    /** The provider took it (a receipt with its message id). */
    ACCEPTED,
    /** The provider reported it reached the handset or account. */
    DELIVERED,
    /** The provider reported it could not be delivered. */
    UNDELIVERED,
    /** Failed for good: rejected by the provider, out of tries, or expired; it is on the dead-letter topic. */
    FAILED,
    /** Stopped before sending because its alert was cancelled. */
    CANCELLED;

    /** True once a provider has the message: what progress reports as handed over. */
    public boolean handedOver() {
        return this == ACCEPTED || this == DELIVERED || this == UNDELIVERED;
    }

    /** True when nothing more will happen to it in the pipeline. */
    public boolean terminal() {
        return handedOver() || this == FAILED || this == CANCELLED;
    }

    /** True while the dispatcher may still claim it. */
    public boolean claimable() {
        return this == PLANNED || this == RETRY_WAIT;
    }
}
