package vn.canhbao.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProviderLimitsTests {

    static final ProviderLimits DEFAULTS = new ProviderLimits(Duration.ofSeconds(5), Duration.ofSeconds(10), 10, 8);

    @Test
    void noLimitsAreTheDefaults() {
        assertThat(ProviderLimits.orDefaults(null, DEFAULTS)).isEqualTo(DEFAULTS);
    }

    @Test
    void eachUnsetValueTakesItsDefaultAndEachSetOneStays() {
        ProviderLimits rateOnly = new ProviderLimits(null, Duration.ZERO, 500, -1);
        ProviderLimits timeoutsOnly = new ProviderLimits(Duration.ofSeconds(1), Duration.ofSeconds(2), 0, 0);

        assertThat(ProviderLimits.orDefaults(rateOnly, DEFAULTS))
                .isEqualTo(new ProviderLimits(Duration.ofSeconds(5), Duration.ofSeconds(10), 500, 8));
        assertThat(ProviderLimits.orDefaults(timeoutsOnly, DEFAULTS))
                .isEqualTo(new ProviderLimits(Duration.ofSeconds(1), Duration.ofSeconds(2), 10, 8));
    }

    @Test
    void theDispatcherSeesTheRateTheConcurrencyAndTheAdaptersBatch() {
        assertThat(DEFAULTS.channelLimits(500)).isEqualTo(new ChannelLimits(10, 8, 500));
    }
}
