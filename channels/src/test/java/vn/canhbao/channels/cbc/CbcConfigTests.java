package vn.canhbao.channels.cbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.ProviderLimits;

class CbcConfigTests {

    @Test
    void unsetValuesTakeTheDefaults() {
        CbcConfig config = CbcConfig.of(URI.create("http://127.0.0.1:12345")).validate();

        assertThat(config.cbeName()).isEqualTo("canhbao");
        assertThat(config.category()).isEqualTo("high_priority");
        assertThat(config.repetitionPeriod()).isEqualTo(32);
        assertThat(config.authToken()).isNull();
        assertThat(config.limits()).isEqualTo(CbcConfig.DEFAULT_LIMITS);
    }

    @Test
    void setLimitsKeepTheirValuesAndTheRestAreDefaults() {
        CbcConfig config = new CbcConfig(
                URI.create("https://cbc.example.vn"),
                null,
                null,
                null,
                0,
                new ProviderLimits(null, Duration.ofSeconds(30), 0, 0));

        assertThat(config.limits().readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.limits().connectTimeout()).isEqualTo(CbcConfig.DEFAULT_CONNECT_TIMEOUT);
        assertThat(config.limits().messagesPerSecond()).isEqualTo(CbcConfig.DEFAULT_MESSAGES_PER_SECOND);
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        CbcConfig config = new CbcConfig(null, "canh bao", null, "urgent", 5000, null);

        assertThatThrownBy(config::validate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("baseUrl is required")
                .hasMessageContaining("CANHBAO_CBC_URL")
                .hasMessageContaining("category must be one of")
                .hasMessageContaining("repetitionPeriod must be 1 to 4095")
                .hasMessageContaining("cbeName");
    }

    @Test
    void aRelativeUrlIsRefused() {
        assertThatThrownBy(
                        () -> CbcConfig.of(URI.create("cbc.example.vn:12345")).validate())
                .hasMessageContaining("absolute http(s) URL");
    }

    @Test
    void theTokenIsNeverPrinted() {
        CbcConfig config = new CbcConfig(URI.create("https://cbc.example.vn"), null, "tok-0123456789", null, 0, null);

        assertThat(config.toString()).doesNotContain("tok-0123456789").contains("authToken=****");
    }
}
