package vn.canhbao.gateway.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import vn.canhbao.channels.FailureReason;

/**
 * The one retry policy of the pipeline. A warning is worth sending until it expires (#15), so a transient failure is
 * tried again with exponential backoff, capped and jittered, never sooner than a provider's Retry-After, for as long as
 * the alert is in force; an alert without an expiry is tried for {@code withoutExpiry} from its dispatch's planning.
 */
class RetryPolicy {

    private final Duration first;
    private final Duration max;
    private final Duration withoutExpiry;

    RetryPolicy(Duration first, Duration max, Duration withoutExpiry) {
        this.first = first;
        this.max = max;
        this.withoutExpiry = withoutExpiry;
    }

    static RetryPolicy from(PipelineProperties p) {
        return new RetryPolicy(p.firstRetryDelay(), p.maxRetryDelay(), p.retryWithoutExpiry());
    }

    /** Whether a failure counts as an attempt: a provider that asks us to slow down has not failed the message (#15). */
    static boolean isAttempt(FailureReason reason) {
        return reason != FailureReason.RATE_LIMITED;
    }

    /**
     * When to try again after a transient failure, or empty when the warning is no longer worth sending.
     *
     * @param failures the failures so far that count as attempts (a refusal to go faster does not), 0 for none
     * @param retryAfter how long the provider asked to wait, or null
     * @param expires the alert's expiry, or null
     * @param planned when the dispatch was planned
     */
    Optional<Instant> nextAttempt(
            int failures, Duration retryAfter, OffsetDateTime expires, Instant planned, Instant now) {
        long ceiling = Math.min(max.toMillis(), first.toMillis() << Math.min(Math.max(0, failures - 1), 20));
        // Half fixed, half random: spreads a burst of retries without ever retrying at once.
        long delay = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        if (retryAfter != null && retryAfter.toMillis() > delay) {
            delay = retryAfter.toMillis();
        }
        Instant next = now.plusMillis(delay);
        Instant deadline = expires != null ? expires.toInstant() : planned.plus(withoutExpiry);
        return next.isBefore(deadline) ? Optional.of(next) : Optional.empty();
    }
}
