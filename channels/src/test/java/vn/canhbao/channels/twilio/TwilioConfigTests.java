package vn.canhbao.channels.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.ProviderLimits;

class TwilioConfigTests {

    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

    @Test
    void fillsDefaultsForMissingTimeoutsAndLimits() {
        TwilioConfig config = TwilioConfig.of(ACCOUNT_SID, "token", "MG1");

        assertThat(config.limits().connectTimeout()).isEqualTo(TwilioConfig.DEFAULT_CONNECT_TIMEOUT);
        assertThat(config.limits().readTimeout()).isEqualTo(TwilioConfig.DEFAULT_READ_TIMEOUT);
        assertThat(config.limits().messagesPerSecond()).isEqualTo(TwilioConfig.DEFAULT_MESSAGES_PER_SECOND);
        assertThat(config.limits().maxConcurrency()).isEqualTo(TwilioConfig.DEFAULT_MAX_CONCURRENCY);
        assertThat(config.validate()).isSameAs(config);
    }

    @Test
    void needsAMessagingServiceOrASender() {
        TwilioConfig neither = new TwilioConfig(ACCOUNT_SID, "token", null, null, null, null, null);

        assertThatIllegalStateException()
                .isThrownBy(neither::validate)
                .withMessageContaining("one of messagingServiceSid (MG…) or from");
        TwilioConfig sender = new TwilioConfig(ACCOUNT_SID, "token", null, "CANHBAO", null, null, null);
        assertThat(sender.validate().from()).isEqualTo("CANHBAO");
    }

    @Test
    void namesEveryProblemAtOnce() {
        TwilioConfig empty = new TwilioConfig(null, " ", null, null, URI.create("relative/path"), null, null);

        assertThatIllegalStateException()
                .isThrownBy(empty::validate)
                .withMessageContaining("accountSid is required")
                .withMessageContaining("authToken is required")
                .withMessageContaining("messagingServiceSid")
                .withMessageContaining("statusCallbackUrl must be an absolute URL");
    }

    @Test
    void refusesABaseUrlThatIsNotHttp() {
        TwilioConfig config =
                new TwilioConfig(ACCOUNT_SID, "token", "MG1", null, null, URI.create("ftp://sim:21"), null);

        assertThatIllegalStateException().isThrownBy(config::validate).withMessageContaining("baseUrl");
    }

    @Test
    void neverPrintsTheAuthToken() {
        TwilioConfig config = new TwilioConfig(
                ACCOUNT_SID,
                "s3cr3t-token",
                "MG1",
                null,
                null,
                null,
                new ProviderLimits(Duration.ofSeconds(1), Duration.ofSeconds(2), 0, 0));

        assertThat(config.toString()).doesNotContain("s3cr3t-token").contains(ACCOUNT_SID, "****");
    }
}
