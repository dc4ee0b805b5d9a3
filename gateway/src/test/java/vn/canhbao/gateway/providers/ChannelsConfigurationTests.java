package vn.canhbao.gateway.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.canhbao.channels.ProviderLimits;
import vn.canhbao.channels.firebase.FirebaseConfig;
import vn.canhbao.channels.loudspeaker.LoudspeakerConfig;
import vn.canhbao.channels.simulator.FcmSimulator;
import vn.canhbao.channels.twilio.TwilioConfig;

/**
 * The documented {@code canhbao.channels.<provider>.*} names bind straight into the providers' config records, unset
 * environment variables (empty strings) count as unset, and a missing credential of an enabled channel stops the
 * start with a message naming it.
 */
class ChannelsConfigurationTests {

    private static final String ACCOUNT_SID = "AC00000000000000000000000000000000";

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(ChannelsConfiguration.class);

    @Test
    void aMissingCredentialOfAnEnabledChannelStopsTheStartNamingIt() {
        context.withPropertyValues("canhbao.channels.twilio.account-sid=", "canhbao.channels.twilio.auth-token=")
                .run(app -> assertThat(app)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("Twilio configuration is incomplete")
                        .hasMessageContaining("accountSid is required")
                        .hasMessageContaining("authToken is required"));
        context.withPropertyValues(
                        "canhbao.channels.twilio.enabled=false",
                        "canhbao.channels.loudspeaker.enabled=true",
                        "canhbao.channels.loudspeaker.base-url=https://loa.example.vn/api/v1")
                .run(app -> assertThat(app)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("Loudspeaker configuration is incomplete")
                        .hasMessageContaining("authToken is required"));
    }

    @Test
    void theDocumentedNamesBindStraightIntoTheConfig() {
        context.withPropertyValues(
                        "canhbao.channels.twilio.account-sid=" + ACCOUNT_SID,
                        "canhbao.channels.twilio.auth-token=secret",
                        "canhbao.channels.twilio.messaging-service-sid=",
                        "canhbao.channels.twilio.from=CANHBAO",
                        "canhbao.channels.twilio.status-callback-url=https://canhbao.example.vn/webhooks/twilio/status",
                        "canhbao.channels.twilio.base-url=",
                        "canhbao.channels.twilio.limits.connect-timeout=2s",
                        "canhbao.channels.twilio.limits.read-timeout=3s",
                        "canhbao.channels.twilio.limits.messages-per-second=500",
                        "canhbao.channels.twilio.limits.max-concurrency=32")
                .run(app -> {
                    TwilioConfig config = app.getBean(TwilioConfig.class);
                    assertThat(config.messagingServiceSid()).isNull();
                    assertThat(config.from()).isEqualTo("CANHBAO");
                    assertThat(config.statusCallbackUrl())
                            .isEqualTo(URI.create("https://canhbao.example.vn/webhooks/twilio/status"));
                    assertThat(config.baseUrl()).isNull();
                    assertThat(config.limits())
                            .isEqualTo(new ProviderLimits(Duration.ofSeconds(2), Duration.ofSeconds(3), 500, 32));
                });
    }

    @Test
    void aLoudspeakerVendorsNamesAndPlaysBind() {
        context.withPropertyValues(
                        "canhbao.channels.twilio.enabled=false",
                        "canhbao.channels.loudspeaker.enabled=true",
                        "canhbao.channels.loudspeaker.base-url=https://loa.example.vn/api/v1",
                        "canhbao.channels.loudspeaker.auth-header=X-API-Key",
                        "canhbao.channels.loudspeaker.auth-token=key",
                        "canhbao.channels.loudspeaker.voice=",
                        "canhbao.channels.loudspeaker.repeat=2",
                        "canhbao.channels.loudspeaker.mapping.text=noi_dung",
                        "canhbao.channels.loudspeaker.limits.max-concurrency=2")
                .run(app -> {
                    LoudspeakerConfig config = app.getBean(LoudspeakerConfig.class);
                    assertThat(config.authHeader()).isEqualTo("X-API-Key");
                    assertThat(config.voice()).isEqualTo(LoudspeakerConfig.DEFAULT_VOICE);
                    assertThat(config.repeat()).isEqualTo(2);
                    assertThat(config.mapping().text()).isEqualTo("noi_dung");
                    assertThat(config.limits().maxConcurrency()).isEqualTo(2);
                    assertThat(config.limits().messagesPerSecond())
                            .isEqualTo(LoudspeakerConfig.DEFAULT_MESSAGES_PER_SECOND);
                });
    }

    @Test
    void aSimulatorTakesItsAddressAndCredentialsAndLeavesTheRest() {
        try (FcmSimulator fcm = new FcmSimulator().start()) {
            context.withBean(FcmSimulator.class, () -> fcm)
                    .withPropertyValues(
                            "canhbao.channels.twilio.enabled=false",
                            "canhbao.channels.firebase.enabled=true",
                            "canhbao.channels.firebase.project-id=canhbao-prod",
                            "canhbao.channels.firebase.credentials=",
                            "canhbao.channels.firebase.link-base-url=https://canhbao.example.vn",
                            "canhbao.channels.firebase.limits.messages-per-second=100")
                    .run(app -> {
                        FirebaseConfig config = app.getBean(FirebaseConfig.class);
                        assertThat(config.projectId()).isEqualTo(fcm.project());
                        assertThat(config.baseUrl()).isEqualTo(fcm.baseUrl());
                        assertThat(config.accessToken()).isEqualTo(fcm.accessToken());
                        assertThat(config.credentials()).isNull();
                        assertThat(config.linkBaseUrl()).isEqualTo(URI.create("https://canhbao.example.vn"));
                        assertThat(config.limits().messagesPerSecond()).isEqualTo(100);
                    });
        }
    }
}
