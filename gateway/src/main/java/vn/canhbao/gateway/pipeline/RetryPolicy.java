package vn.canhbao.gateway.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one retry policy of the pipeline: exponential backoff with jitter, never sooner than a provider's Retry-After,
 * never past the alert's expiry, and at most {@code maxAttempts} attempts in all.
 */
class RetryPolicy {

    private final int maxAttempts;
    private final Duration first;
    private final Duration max;

    RetryPolicy(int maxAttempts, Duration first, Duration max) {
        this.maxAttempts = maxAttempts;
        this.first = first;
        this.max = max;
    }

    static RetryPolicy from(PipelineProperties p) {
        return new RetryPolicy(p.maxAttempts(), p.firstRetryDelay(), p.maxRetryDelay());
    }

    /**
     * When to try again after attempt number {@code attempt} (0 for the first) failed, or empty when it must not be
     * tried again.
     */
    Optional<Instant> nextAttempt(int attempt, Duration retryAfter, OffsetDateTime expires, Instant now) {
        if (attempt + 1 >= maxAttempts) {
            return Optional.empty();
        }
        long ceiling = Math.min(max.toMillis(), first.toMillis() << Math.min(attempt, 20));
        // Half fixed, half random: spreads a burst of retries without ever retrying at once.
        long delay = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        if (retryAfter != null && retryAfter.toMillis() > delay) {
            delay = retryAfter.toMillis();
        }
        Instant next = now.plusMillis(delay);
        if (expires != null && !next.isBefore(expires.toInstant())) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    int maxAttempts() {
        return maxAttempts;
    }
}
