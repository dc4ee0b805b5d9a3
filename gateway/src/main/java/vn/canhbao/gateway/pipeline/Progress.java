package vn.canhbao.gateway.pipeline;

import vn.canhbao.core.delivery.DeliveryStatus;

/**
 * Counts of dispatches: planned in all, handed over to a provider, failed for good, still pending (planned, sending or
 * waiting to retry), cancelled before sending because their alert was cancelled, and of the pending those waiting to
 * be retried after a provider failed them.
 */
public record Progress(long dispatches, long handedOver, long failed, long pending, long cancelled, long retrying) {

    public static final Progress ZERO = new Progress(0, 0, 0, 0, 0, 0);

    public static Progress of(DeliveryStatus status, long count) {
        if (status.handedOver()) {
            return new Progress(count, count, 0, 0, 0, 0);
        }
        if (status == DeliveryStatus.FAILED) {
            return new Progress(count, 0, count, 0, 0, 0);
        }
        if (status == DeliveryStatus.CANCELLED) {
            return new Progress(count, 0, 0, 0, count, 0);
        }
        return new Progress(count, 0, 0, count, 0, status == DeliveryStatus.RETRY_WAIT ? count : 0);
    }

    /** The share handed over, 0–100, for a progress bar. */
    public int percent() {
        return dispatches == 0 ? 0 : (int) (100 * handedOver / dispatches);
    }

    public Progress plus(Progress o) {
        return new Progress(
                dispatches + o.dispatches,
                handedOver + o.handedOver,
                failed + o.failed,
                pending + o.pending,
                cancelled + o.cancelled,
                retrying + o.retrying);
    }
}
