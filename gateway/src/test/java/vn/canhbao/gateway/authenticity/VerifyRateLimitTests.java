package vn.canhbao.gateway.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class VerifyRateLimitTests {

    /** A clock the test moves. */
    private static final class SettableClock extends Clock {
        Instant now = Instant.parse("2025-09-28T00:00:10Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SettableClock clock = new SettableClock();
    private final VerifyRateLimit limit = new VerifyRateLimit(3, clock);

    @Test
    void allowsTheLimitPerMinuteThenSaysWhenToComeBack() {
        for (int i = 0; i < 3; i++) {
            assertThat(limit.acquire("203.0.113.7")).isEmpty();
        }

        assertThat(limit.acquire("203.0.113.7")).isEqualTo(OptionalLong.of(50));
    }

    @Test
    void countsEachAddressOnItsOwn() {
        for (int i = 0; i < 4; i++) {
            limit.acquire("203.0.113.7");
        }

        assertThat(limit.acquire("198.51.100.2")).isEmpty();
    }

    @Test
    void aNewMinuteStartsAfresh() {
        for (int i = 0; i < 4; i++) {
            limit.acquire("203.0.113.7");
        }
        clock.now = clock.now.plusSeconds(50);

        assertThat(limit.acquire("203.0.113.7")).isEmpty();
    }
}
