package vn.canhbao.channels.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The faults every simulator injects: evenly spread failures, rate limiting of the next N, latency. */
class FaultInjectionTests {

    @Test
    void failsExactlyTheRateAskedForSpreadEvenlyAndAlternating500And503() {
        FaultInjection faults = new FaultInjection();
        faults.failureRate(0.25);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(faults.failureStatusNow());
        }

        assertThat(statuses).containsExactly(0, 0, 0, 500, 0, 0, 0, 503, 0, 0, 0, 500);
    }

    @Test
    void rateLimitsTheNextRequestsOnly() {
        FaultInjection faults = new FaultInjection();
        faults.rateLimitNext(2, 7);

        assertThat(faults.rateLimitsNow()).isTrue();
        assertThat(faults.rateLimitsNow()).isTrue();
        assertThat(faults.rateLimitsNow()).isFalse();
        assertThat(faults.retryAfterSeconds()).isEqualTo(7);
    }

    @Test
    void resetClearsFailuresAndRateLimitingButKeepsLatency() {
        FaultInjection faults = new FaultInjection();
        faults.latencyMillis(40);
        faults.failureRate(1);
        faults.rateLimitNext(5, 1);

        faults.reset();

        assertThat(faults.failureStatusNow()).isZero();
        assertThat(faults.rateLimitsNow()).isFalse();
        assertThat(faults.latencyMillis()).isEqualTo(40);
    }

    @Test
    void refusesARateOutside0To1() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FaultInjection().failureRate(1.5))
                .withMessageContaining("failureRate must be between 0 and 1");
    }
}
