package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** A warning is worth sending until it expires (#15): transient failures are retried until then, not N times. */
class RetryPolicyTests {

    private static final Instant NOW = Instant.parse("2026-10-12T07:30:00Z");
    private static final Instant PLANNED = NOW.minus(Duration.ofMinutes(20));
    private final RetryPolicy policy =
            new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofHours(6));

    private static OffsetDateTime in(Duration d) {
        return NOW.plus(d).atOffset(ZoneOffset.UTC);
    }

    @Test
    void theHundredthFailureIsRetriedWhileTheAlertIsInForce() {
        Optional<Instant> next = policy.nextAttempt(100, null, in(Duration.ofHours(2)), PLANNED, NOW);

        assertThat(next).hasValueSatisfying(at -> assertThat(at).isAfter(NOW));
    }

    @RepeatedTest(20)
    void theBackoffDoublesFromTheFirstDelayAndStopsGrowingAtTheCap() {
        OffsetDateTime expires = in(Duration.ofHours(2));

        Duration first = waitAfter(1, expires);
        Duration third = waitAfter(3, expires);
        Duration twentieth = waitAfter(20, expires);

        assertThat(first).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(third).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(twentieth).isBetween(Duration.ofSeconds(30), Duration.ofMinutes(1));
    }

    @Test
    void aRefusalToGoFasterWaitsItsRetryAfterButDoesNotGrowTheBackoff() {
        OffsetDateTime expires = in(Duration.ofHours(2));

        assertThat(waitAfter(0, expires)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(policy.nextAttempt(0, Duration.ofSeconds(30), expires, PLANNED, NOW))
                .contains(NOW.plusSeconds(30));
    }

    @Test
    void noRetryIsScheduledAtOrAfterTheExpiry() {
        assertThat(policy.nextAttempt(1, null, in(Duration.ofMillis(900)), PLANNED, NOW))
                .isEmpty();
        assertThat(policy.nextAttempt(1, Duration.ofMinutes(5), in(Duration.ofMinutes(4)), PLANNED, NOW))
                .as("a Retry-After past the expiry")
                .isEmpty();
    }

    @Test
    void anAlertWithoutExpiryIsRetriedForSixHoursFromPlanning() {
        assertThat(policy.nextAttempt(50, null, null, NOW.minus(Duration.ofHours(5)), NOW))
                .isPresent();
        assertThat(policy.nextAttempt(50, null, null, NOW.minus(Duration.ofHours(6)), NOW))
                .isEmpty();
    }

    private Duration waitAfter(int failures, OffsetDateTime expires) {
        return Duration.between(
                NOW, policy.nextAttempt(failures, null, expires, PLANNED, NOW).orElseThrow());
    }
}
