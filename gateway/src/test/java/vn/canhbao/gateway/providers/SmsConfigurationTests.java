package vn.canhbao.gateway.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.canhbao.channels.esms.EsmsConfig;

/** Which SMS providers {@code canhbao.channels.sms.*} names, and eSMS's settings bound straight into its config. */
class SmsConfigurationTests {

    private static final String[] TWILIO = {
        "canhbao.channels.twilio.account-sid=AC00000000000000000000000000000000",
        "canhbao.channels.twilio.auth-token=token",
        "canhbao.channels.twilio.from=+15005550006"
    };

    private static final String[] ESMS = {
        "canhbao.channels.esms.api-key=key",
        "canhbao.channels.esms.secret-key=secret",
        "canhbao.channels.esms.brandname=CANHBAO",
        "canhbao.channels.esms.sms-type=2",
        "canhbao.channels.esms.unicode=true",
        "canhbao.channels.esms.callback-url=https://canhbao.example.vn/webhooks/esms?token=0123456789abcdef",
        "canhbao.channels.esms.base-url=https://esms.example.vn",
        "canhbao.channels.esms.limits.messages-per-second=30",
        "canhbao.channels.esms.limits.read-timeout=3s"
    };

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ChannelsConfiguration.class, SmsConfiguration.class)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues(TWILIO);

    @Test
    void twilioAloneByDefaultAndEsmsNeedsNoSettingsThen() {
        context.run(app -> {
            assertThat(app).hasNotFailed().doesNotHaveBean(EsmsConfig.class);
            FailoverSmsAdapter sms = app.getBean(FailoverSmsAdapter.class);
            assertThat(sms.primary()).isEqualTo(SmsProvider.TWILIO);
            assertThat(sms.secondary()).isEmpty();
        });
    }

    @Test
    void theDocumentedEsmsNamesBindStraightIntoItsConfig() {
        context.withPropertyValues(ESMS)
                .withPropertyValues("canhbao.channels.sms.primary=esms", "canhbao.channels.sms.secondary=other")
                .run(app -> {
                    EsmsConfig config = app.getBean(EsmsConfig.class);
                    assertThat(config.apiKey()).isEqualTo("key");
                    assertThat(config.secretKey()).isEqualTo("secret");
                    assertThat(config.brandname()).isEqualTo("CANHBAO");
                    assertThat(config.unicode()).isTrue();
                    assertThat(config.callbackUrl())
                            .isEqualTo(URI.create("https://canhbao.example.vn/webhooks/esms?token=0123456789abcdef"));
                    assertThat(config.baseUrl()).isEqualTo(URI.create("https://esms.example.vn"));
                    assertThat(config.limits().messagesPerSecond()).isEqualTo(30);
                    assertThat(config.limits().readTimeout()).isEqualTo(Duration.ofSeconds(3));
                    FailoverSmsAdapter sms = app.getBean(FailoverSmsAdapter.class);
                    assertThat(sms.primary()).isEqualTo(SmsProvider.ESMS);
                    assertThat(sms.secondary()).contains(SmsProvider.TWILIO);
                    assertThat(sms.limits().messagesPerSecond()).isEqualTo(30);
                });
    }

    @Test
    void eSmsNamedWithoutItsCredentialsStopsTheStartNamingThem() {
        context.withPropertyValues("canhbao.channels.sms.secondary=esms").run(app -> assertThat(app)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("eSMS configuration is incomplete")
                .hasMessageContaining("apiKey is required"));
    }

    @Test
    void aProviderNamedTwiceOrUnknownStopsTheStart() {
        context.withPropertyValues("canhbao.channels.sms.secondary=twilio").run(app -> assertThat(app)
                .hasFailed()
                .getFailure()
                .hasStackTraceContaining("canhbao.channels.sms.secondary must be another provider"));
        context.withPropertyValues("canhbao.channels.sms.primary=vietguys").run(app -> assertThat(app)
                .hasFailed()
                .getFailure()
                .hasStackTraceContaining("canhbao.channels.sms.primary must be twilio or esms, was vietguys"));
    }

    @Test
    void eSmsAloneNeedsNoTwilio() {
        new ApplicationContextRunner()
                .withUserConfiguration(ChannelsConfiguration.class, SmsConfiguration.class)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues(ESMS)
                .withPropertyValues("canhbao.channels.sms.primary=esms", "canhbao.channels.twilio.enabled=false")
                .run(app -> assertThat(app.getBean(FailoverSmsAdapter.class).primary())
                        .isEqualTo(SmsProvider.ESMS));
    }

    @Test
    void anAreaThatIsNoProvinceOrWardOrNamesNoProviderStopsTheStartNamingIt() {
        context.withPropertyValues(ESMS)
                .withPropertyValues("canhbao.channels.sms.areas=31=esms,99=esms")
                .run(app -> assertThat(app)
                        .hasFailed()
                        .getFailure()
                        .hasStackTraceContaining("areas (CANHBAO_SMS_AREAS) names no province or ward: 99"));
        context.withPropertyValues("canhbao.channels.sms.areas=31:esms, 01879=vietguys")
                .run(app -> assertThat(app)
                        .hasFailed()
                        .getFailure()
                        .hasStackTraceContaining("'31:esms' is not <province or ward code>=<provider>")
                        .hasStackTraceContaining("areas 01879 must be twilio or esms, was vietguys"));
    }

    @Test
    void anAreaOnEsmsBringsEsmsInWithItsSettings() {
        context.withPropertyValues("canhbao.channels.sms.areas=31=esms").run(app -> assertThat(app)
                .hasFailed()
                .getFailure()
                .hasStackTraceContaining("eSMS configuration is incomplete: apiKey is required"));
        context.withPropertyValues(ESMS)
                .withPropertyValues("canhbao.channels.sms.areas=31=esms")
                .run(app -> {
                    assertThat(app).hasNotFailed().hasSingleBean(EsmsConfig.class);
                    assertThat(app.getBean(FailoverSmsAdapter.class).primary()).isEqualTo(SmsProvider.TWILIO);
                });
    }

    @Test
    void aWardsOwnProviderComesBeforeItsProvincesAndThatBeforeTheInstallations() {
        SmsRouting routing = new SmsRouting(
                SmsProvider.TWILIO,
                null,
                SmsCircuitBreaker.Settings.DEFAULTS,
                SmsRouting.areas(" 19=esms , 01879=twilio "));

        assertThat(routing.primaryFor("01879", "19")).isEqualTo(SmsProvider.TWILIO);
        assertThat(routing.primaryFor("01880", "19")).isEqualTo(SmsProvider.ESMS);
        assertThat(routing.primaryFor("11473", "31")).isEqualTo(SmsProvider.TWILIO);
        assertThat(routing.describe()).isEqualTo("twilio; first by area: 01879=twilio 19=esms");
    }
}
