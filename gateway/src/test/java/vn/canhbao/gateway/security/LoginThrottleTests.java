package vn.canhbao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.canhbao.gateway.SettableClock;

class LoginThrottleTests {

    private static final String ATTACKER = "203.0.113.7";

    private final SettableClock clock = new SettableClock(Instant.parse("2026-10-28T02:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(10, Duration.ofMinutes(5), Duration.ofMinutes(15), 100), clock);

    private void fail(int times, String user, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test // #15
    void tenFailuresRefuseThatUserFromThatAddressForTheLockout() {
        fail(9, "officer.caominh", ATTACKER);
        assertThat(throttle.refusal("officer.caominh", ATTACKER)).isEmpty();

        throttle.failed("Officer.CaoMinh", ATTACKER);

        assertThat(throttle.refusal("officer.caominh", ATTACKER)).contains(Duration.ofMinutes(15));
        assertThat(throttle.refusal("officer.caominh", "198.51.100.2")).isEmpty();
        assertThat(throttle.refusal("officer.bachdang", ATTACKER)).isEmpty();
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.refusal("officer.caominh", ATTACKER)).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.refusal("officer.caominh", ATTACKER)).isEmpty();
    }

    @Test // #15
    void failuresOlderThanTheWindowNoLongerCount() {
        fail(9, "officer.caominh", ATTACKER);
        clock.advance(Duration.ofMinutes(5));

        fail(9, "officer.caominh", ATTACKER);

        assertThat(throttle.refusal("officer.caominh", ATTACKER)).isEmpty();
    }

    @Test // #15
    void aSuccessfulLoginForgetsTheFailures() {
        fail(9, "officer.caominh", ATTACKER);

        throttle.succeeded("officer.caominh", ATTACKER);
        fail(9, "officer.caominh", ATTACKER);

        assertThat(throttle.refusal("officer.caominh", ATTACKER)).isEmpty();
    }

    @Test // #15
    void remembersAtMostMaxTrackedPairs() {
        for (int i = 0; i < 1_000; i++) {
            throttle.failed("officer.caominh", "10.0." + i / 256 + "." + i % 256);
        }

        assertThat(throttle.tracked()).isEqualTo(100);
    }
}
