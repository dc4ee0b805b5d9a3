package vn.canhbao.gateway.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.delivery.Dispatch;

/**
 * Sends one message at once, for someone who waits on it (a resident's one-time code, a leader's reminder), through the
 * same limits and retry policy as every dispatch of the channel (#16): a rate token and a concurrency permit from the
 * channel's own, in the urgent lane, and transient failures retried with the pipeline's backoff for as long as the
 * caller is willing to wait.
 */
final class ImmediateSender {

    private final ChannelAdapter adapter;
    private final TokenBucket bucket;
    private final LanePermits permits;
    private final RetryPolicy retry;
    private final PipelineMetrics metrics;
    private final String channel;

    ImmediateSender(
            ChannelAdapter adapter,
            TokenBucket bucket,
            LanePermits permits,
            RetryPolicy retry,
            PipelineMetrics metrics) {
        this.adapter = adapter;
        this.bucket = bucket;
        this.permits = permits;
        this.retry = retry;
        this.metrics = metrics;
        this.channel = adapter.channel().name();
    }

    /**
     * The provider's last answer: accepted, a permanent refusal, or the transient failure that was still there when
     * {@code patience} (or the message's expiry) ran out.
     */
    SendResult send(Dispatch dispatch, Duration patience) throws InterruptedException {
        Instant planned = Instant.now();
        Instant giveUpAt = planned.plus(patience);
        if (dispatch.expires() != null && dispatch.expires().toInstant().isBefore(giveUpAt)) {
            giveUpAt = dispatch.expires().toInstant();
        }
        OffsetDateTime deadline = giveUpAt.atOffset(ZoneOffset.UTC);
        int failures = 0;
        while (true) {
            bucket.acquire(true);
            permits.acquire(true);
            SendResult result;
            try {
                result = ChannelDispatcher.send(adapter, dispatch);
            } finally {
                permits.release();
            }
            if (!(result instanceof SendResult.Failed failed)) {
                metrics.sent(channel, "accepted", null);
                return result;
            }
            if (RetryPolicy.isAttempt(failed.reason())) {
                failures++;
            }
            Optional<Instant> next = failed.retryable()
                    ? retry.nextAttempt(failures, failed.retryAfter(), deadline, planned, Instant.now())
                    : Optional.empty();
            if (next.isEmpty()) {
                metrics.sent(channel, "failed", failed.reason().name());
                return result;
            }
            metrics.sent(channel, "retry", failed.reason().name());
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), next.get()).toMillis()));
        }
    }
}
