package vn.canhbao.gateway.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.canhbao.gateway.SettableClock;
import vn.canhbao.gateway.providers.SmsCircuitBreaker.Route;
import vn.canhbao.gateway.providers.SmsCircuitBreaker.State;

class SmsCircuitBreakerTests {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final SmsCircuitBreaker breaker = new SmsCircuitBreaker(
            new SmsCircuitBreaker.Settings(5, 0.5, Duration.ofSeconds(10), Duration.ofSeconds(30)), clock);

    @Test
    void opensOnceTheWindowHoldsEnoughFaultsMakingTheRate() {
        for (int i = 0; i < 4; i++) {
            answer(true);
        }
        assertThat(breaker.route()).isEqualTo(Route.PRIMARY);
        answer(true);
        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.route()).isEqualTo(Route.SECONDARY);
    }

    @Test
    void aFewFaultsAmongManyAnswersDoNotOpenIt() {
        for (int i = 0; i < 20; i++) {
            answer(false);
        }
        for (int i = 0; i < 19; i++) {
            answer(true);
        }
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        answer(true); // 20 of 40: half
        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    @Test
    void faultsOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 4; i++) {
            answer(true);
        }
        clock.advance(Duration.ofSeconds(11));
        answer(true);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        for (int i = 0; i < 4; i++) {
            answer(true);
        }
        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    @Test
    void afterOpenForOneProbeGoesToThePrimaryAndTheRestToTheSecondary() {
        open();
        clock.advance(Duration.ofSeconds(29));
        assertThat(breaker.route()).isEqualTo(Route.SECONDARY);
        clock.advance(Duration.ofSeconds(1));
        assertThat(breaker.route()).isEqualTo(Route.PROBE);
        assertThat(breaker.route()).isEqualTo(Route.SECONDARY);
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
    }

    @Test
    void aProbeThePrimaryTakesClosesItWithAFreshWindow() {
        open();
        clock.advance(Duration.ofSeconds(30));
        breaker.primaryAnswered(breaker.route(), false);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.route()).isEqualTo(Route.PRIMARY);
        answer(true); // the faults before it opened are forgotten
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void aFailedProbeOpensItForAnotherPeriod() {
        open();
        clock.advance(Duration.ofSeconds(30));
        breaker.primaryAnswered(breaker.route(), true);
        assertThat(breaker.state()).isEqualTo(State.OPEN);
        clock.advance(Duration.ofSeconds(29));
        assertThat(breaker.route()).isEqualTo(Route.SECONDARY);
        clock.advance(Duration.ofSeconds(1));
        assertThat(breaker.route()).isEqualTo(Route.PROBE);
    }

    @Test
    void answersToSendsMadeBeforeItOpenedChangeNothing() {
        open();
        breaker.primaryAnswered(Route.PRIMARY, false);
        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    @Test
    void settingsOutOfRangeStopTheStart() {
        assertThatThrownBy(() -> new SmsCircuitBreaker.Settings(0, 0.5, Duration.ofSeconds(10), Duration.ofSeconds(1)))
                .hasMessageContaining("minimum-failures");
        assertThatThrownBy(() -> new SmsCircuitBreaker.Settings(5, 1.5, Duration.ofSeconds(10), Duration.ofSeconds(1)))
                .hasMessageContaining("failure-rate");
        assertThatThrownBy(() -> new SmsCircuitBreaker.Settings(5, 0.5, Duration.ofMillis(500), Duration.ofSeconds(1)))
                .hasMessageContaining("window");
    }

    private void open() {
        for (int i = 0; i < 5; i++) {
            answer(true);
        }
        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    private void answer(boolean fault) {
        breaker.primaryAnswered(breaker.route(), fault);
    }
}
