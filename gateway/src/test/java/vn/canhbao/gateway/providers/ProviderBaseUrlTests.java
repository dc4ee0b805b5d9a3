package vn.canhbao.gateway.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.channels.SendResult;
import vn.canhbao.channels.simulator.TwilioSimulator;
import vn.canhbao.channels.simulator.ZaloSimulator;
import vn.canhbao.channels.zalo.InMemoryZaloTokenStore;
import vn.canhbao.channels.zalo.ZaloConfig;
import vn.canhbao.channels.zalo.ZaloOaAdapter;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;

/**
 * #15: production mode (no simulator beans) points Twilio and Zalo at another address by configuration, as it does
 * loudspeakers: here the simulators stand in for a staging provider, reached through the real adapters.
 */
class ProviderBaseUrlTests {

    static TwilioSimulator twilio;
    static ZaloSimulator zalo;

    /** The Zalo token store keeps tokens in the database; an empty table is enough here. */
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ChannelsConfiguration.class, SmsConfiguration.class)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withBean(JdbcTemplate.class, () -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:provider-base-urls;DB_CLOSE_DELAY=-1");
                JdbcTemplate jdbc = new JdbcTemplate(h2);
                jdbc.execute("create table if not exists zalo_token (id smallint primary key, access_token text,"
                        + " refresh_token text, access_expires_at timestamp with time zone, updated_at timestamp)");
                return jdbc;
            });

    @BeforeAll
    static void start() {
        twilio = new TwilioSimulator().start();
        zalo = new ZaloSimulator().start();
    }

    @AfterAll
    static void stop() {
        twilio.close();
        zalo.close();
    }

    @Test
    void twilioSendsToTheConfiguredBaseUrl() { // #15
        context.withPropertyValues(
                        "canhbao.channels.twilio.account-sid=" + twilio.accountSid(),
                        "canhbao.channels.twilio.auth-token=" + twilio.authToken(),
                        "canhbao.channels.twilio.messaging-service-sid=MG00000000000000000000000000000000",
                        "canhbao.channels.twilio.base-url=" + twilio.baseUrl())
                .run(app -> {
                    SendResult sent = app.getBean(FailoverSmsAdapter.class).send(dispatch(Channel.SMS, "+84912000015"));
                    assertThat(sent).isInstanceOf(SendResult.Accepted.class);
                    assertThat(twilio.acceptedBodiesTo("+84912000015")).containsExactly("Diễn tập #15");
                });
    }

    @Test
    void zaloSendsToTheConfiguredBaseUrlsAndAnEmptyOneMeansZalosOwn() { // #15
        context.withPropertyValues(
                        "canhbao.channels.twilio.enabled=false",
                        "canhbao.channels.zalo.enabled=true",
                        "canhbao.channels.zalo.app-id=" + zalo.appId(),
                        "canhbao.channels.zalo.app-secret-key=" + zalo.appSecretKey(),
                        "canhbao.channels.zalo.oa-secret-key=" + ZaloSimulator.DEFAULT_OA_SECRET_KEY,
                        "canhbao.channels.zalo.base-url=" + zalo.baseUrl(),
                        "canhbao.channels.zalo.oauth-base-url=")
                .run(app -> {
                    ZaloConfig config = app.getBean(ZaloConfig.class);
                    assertThat(config.openApiBaseUrl()).isEqualTo(zalo.baseUrl());
                    assertThat(config.businessApiBaseUrl()).isEqualTo(zalo.baseUrl());
                    assertThat(config.oauthBaseUrl()).isEqualTo(zalo.baseUrl());
                    InMemoryZaloTokenStore tokens = new InMemoryZaloTokenStore();
                    tokens.save(zalo.authorise());
                    zalo.follow("8415000000000015");
                    try (ZaloOaAdapter adapter = new ZaloOaAdapter(config, tokens)) {
                        assertThat(adapter.send(dispatch(Channel.ZALO, "uid:8415000000000015")))
                                .isInstanceOf(SendResult.Accepted.class);
                    }
                    assertThat(zalo.acceptedTextsTo("8415000000000015")).containsExactly("Diễn tập #15");
                });
        context.withPropertyValues(
                        "canhbao.channels.twilio.enabled=false",
                        "canhbao.channels.zalo.enabled=true",
                        "canhbao.channels.zalo.app-id=" + zalo.appId(),
                        "canhbao.channels.zalo.app-secret-key=" + zalo.appSecretKey(),
                        "canhbao.channels.zalo.oa-secret-key=" + ZaloSimulator.DEFAULT_OA_SECRET_KEY,
                        "canhbao.channels.zalo.base-url=",
                        "canhbao.channels.zalo.open-api-base-url=" + zalo.baseUrl())
                .run(app -> {
                    ZaloConfig config = app.getBean(ZaloConfig.class);
                    assertThat(config.openApiBaseUrl()).isEqualTo(zalo.baseUrl());
                    assertThat(config.businessApiBaseUrl()).isEqualTo(URI.create("https://business.openapi.zalo.me"));
                });
    }

    private static Dispatch dispatch(Channel channel, String address) {
        UUID id = UUID.randomUUID();
        return new Dispatch(
                id,
                new AlertId(UUID.randomUUID()),
                UUID.randomUUID(),
                channel,
                Tier.EVERYONE,
                address,
                "",
                "Diễn tập #15",
                0,
                OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
    }
}
