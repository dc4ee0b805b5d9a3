package vn.canhbao.gateway.channels;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.channels.firebase.FirebaseConfig;
import vn.canhbao.channels.firebase.FirebasePushAdapter;
import vn.canhbao.channels.loudspeaker.LoudspeakerAdapter;
import vn.canhbao.channels.loudspeaker.LoudspeakerConfig;
import vn.canhbao.channels.loudspeaker.LoudspeakerFieldMapping;
import vn.canhbao.channels.simulator.FcmSimulator;
import vn.canhbao.channels.simulator.LoudspeakerSimulator;
import vn.canhbao.channels.simulator.TwilioSimulator;
import vn.canhbao.channels.simulator.ZaloSimulator;
import vn.canhbao.channels.twilio.TwilioConfig;
import vn.canhbao.channels.twilio.TwilioSmsAdapter;
import vn.canhbao.channels.twilio.TwilioVoiceCalls;
import vn.canhbao.channels.zalo.ZaloConfig;
import vn.canhbao.channels.zalo.ZaloOaAdapter;
import vn.canhbao.channels.zalo.ZaloTokenStore;

/**
 * One bean per channel adapter, each switched by {@code canhbao.channels.<provider>.enabled} and configured from
 * {@code canhbao.channels.<provider>.*}. Where a provider simulator runs (local mode, tests), the adapter sends to it
 * with the simulator's credentials; otherwise to the provider, and a missing credential stops the start-up with a
 * message naming it.
 */
@Configuration(proxyBeanMethods = false)
class ChannelsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ChannelsConfiguration.class);

    /**
     * {@code canhbao.channels.twilio.*}.
     *
     * @param baseUrl where the Twilio SDK sends every request instead of {@code https://api.twilio.com}: a staging
     *     provider or the simulators in production mode ({@code TWILIO_BASE_URL}); null for Twilio itself
     */
    record TwilioProperties(
            String accountSid,
            String authToken,
            String messagingServiceSid,
            String from,
            URI statusCallbackUrl,
            URI baseUrl,
            Duration connectTimeout,
            Duration readTimeout,
            double messagesPerSecond,
            int maxConcurrency) {}

    /**
     * {@code canhbao.channels.zalo.*}.
     *
     * @param baseUrl one host for the OA, ZNS and OAuth APIs, e.g. a staging gateway or the simulator
     *     ({@code ZALO_BASE_URL}); null for Zalo's own hosts
     * @param openApiBaseUrl the OA API's host alone ({@code ZALO_OPEN_API_BASE_URL}), over {@code baseUrl}
     * @param businessApiBaseUrl the ZNS API's host alone ({@code ZALO_BUSINESS_API_BASE_URL}), over {@code baseUrl}
     * @param oauthBaseUrl the token endpoint's host alone ({@code ZALO_OAUTH_BASE_URL}), over {@code baseUrl}
     */
    record ZaloProperties(
            String appId,
            String appSecretKey,
            String oaSecretKey,
            String znsTemplateId,
            URI baseUrl,
            URI openApiBaseUrl,
            URI businessApiBaseUrl,
            URI oauthBaseUrl,
            Duration connectTimeout,
            Duration readTimeout,
            double messagesPerSecond,
            int maxConcurrency) {}

    /** {@code canhbao.channels.loudspeaker.*}. */
    record LoudspeakerProperties(
            URI baseUrl,
            String authHeader,
            String authToken,
            String voice,
            int repeat,
            URI callbackUrl,
            String callbackSecret,
            LoudspeakerFieldMapping mapping,
            double messagesPerSecond,
            int maxConcurrency) {}

    /** {@code canhbao.channels.firebase.*}. */
    record FirebaseProperties(
            String projectId, Path credentials, URI linkBaseUrl, double messagesPerSecond, int maxConcurrency) {}

    @Bean
    @ConditionalOnProperty(name = "canhbao.channels.twilio.enabled", havingValue = "true", matchIfMissing = true)
    TwilioConfig twilioConfig(Environment environment, ObjectProvider<TwilioSimulator> simulator) {
        TwilioProperties p = bind(environment, "twilio", TwilioProperties.class);
        TwilioSimulator sim = simulator.getIfAvailable();
        TwilioConfig config = new TwilioConfig(
                sim != null ? sim.accountSid() : blankToNull(p == null ? null : p.accountSid()),
                sim != null ? sim.authToken() : blankToNull(p == null ? null : p.authToken()),
                p == null || blankToNull(p.messagingServiceSid()) == null
                        ? (sim != null ? "MG00000000000000000000000000000000" : null)
                        : p.messagingServiceSid(),
                p == null ? null : blankToNull(p.from()),
                p == null ? null : p.statusCallbackUrl(),
                sim != null ? sim.baseUrl() : (p == null ? null : p.baseUrl()),
                p == null ? null : p.connectTimeout(),
                p == null ? null : p.readTimeout(),
                p == null ? 0 : p.messagesPerSecond(),
                p == null ? 0 : p.maxConcurrency());
        if (sim != null) {
            log.info("SMS goes to the Twilio simulator at {}", sim.baseUrl());
        } else if (config.baseUrl() != null) {
            log.info("SMS goes to the Twilio API at {} (canhbao.channels.twilio.base-url)", config.baseUrl());
        }
        return config.validate();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "canhbao.channels.twilio.enabled", havingValue = "true", matchIfMissing = true)
    TwilioSmsAdapter twilioSmsAdapter(TwilioConfig config) {
        return new TwilioSmsAdapter(config);
    }

    /**
     * Escalation calls to leaders, through the same Twilio account, from {@code canhbao.channels.twilio.voice-from} (a
     * voice-capable number); without one, escalation skips the call and says so in its record.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "canhbao.channels.twilio.voice-from")
    TwilioVoiceCalls twilioVoiceCalls(TwilioConfig config, Environment environment) {
        return new TwilioVoiceCalls(config, environment.getProperty("canhbao.channels.twilio.voice-from"));
    }

    @Bean
    @ConditionalOnProperty(name = "canhbao.channels.zalo.enabled", havingValue = "true")
    ZaloConfig zaloConfig(Environment environment, ObjectProvider<ZaloSimulator> simulator) {
        ZaloProperties p = bind(environment, "zalo", ZaloProperties.class);
        ZaloSimulator sim = simulator.getIfAvailable();
        ZaloConfig config = sim != null
                ? ZaloConfig.of(sim.appId(), sim.appSecretKey(), ZaloSimulator.DEFAULT_OA_SECRET_KEY)
                        .withBaseUrl(sim.baseUrl())
                : ZaloConfig.of(
                        p == null ? null : blankToNull(p.appId()),
                        p == null ? null : blankToNull(p.appSecretKey()),
                        p == null ? null : blankToNull(p.oaSecretKey()));
        String template = p == null ? null : blankToNull(p.znsTemplateId());
        if (template == null && sim != null) {
            template = "local-simulator-template";
        }
        if (template != null) {
            config = config.withZnsTemplate(template, null);
        }
        if (p != null) {
            config = config.withTimeouts(p.connectTimeout(), p.readTimeout())
                    .withLimits(p.messagesPerSecond(), p.maxConcurrency());
        }
        if (sim == null && p != null) {
            if (p.baseUrl() != null) {
                config = config.withBaseUrl(p.baseUrl());
            }
            config = config.withBaseUrls(p.openApiBaseUrl(), p.businessApiBaseUrl(), p.oauthBaseUrl());
        }
        if (sim != null) {
            log.info("Zalo goes to the Zalo simulator at {}", sim.baseUrl());
        } else if (p != null
                && (p.baseUrl() != null
                        || p.openApiBaseUrl() != null
                        || p.businessApiBaseUrl() != null
                        || p.oauthBaseUrl() != null)) {
            log.info(
                    "Zalo goes to OA {}, ZNS {}, OAuth {} (canhbao.channels.zalo.*base-url)",
                    config.openApiBaseUrl(),
                    config.businessApiBaseUrl(),
                    config.oauthBaseUrl());
        }
        return config.validate();
    }

    @Bean
    @ConditionalOnProperty(name = "canhbao.channels.zalo.enabled", havingValue = "true")
    ZaloTokenStore zaloTokenStore(JdbcTemplate jdbc, ObjectProvider<ZaloSimulator> simulator) {
        ZaloTokenStore store = new JdbcZaloTokenStore(jdbc);
        // A simulator starts with tokens of its own; tokens kept from an earlier run mean nothing to it.
        simulator.ifAvailable(sim -> store.save(sim.authorise()));
        return store;
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "canhbao.channels.zalo.enabled", havingValue = "true")
    ZaloOaAdapter zaloOaAdapter(ZaloConfig config, ZaloTokenStore store) {
        return new ZaloOaAdapter(config, store);
    }

    @Bean
    @ConditionalOnProperty(name = "canhbao.channels.loudspeaker.enabled", havingValue = "true")
    LoudspeakerConfig loudspeakerConfig(Environment environment, ObjectProvider<LoudspeakerSimulator> simulator) {
        LoudspeakerProperties p = bind(environment, "loudspeaker", LoudspeakerProperties.class);
        LoudspeakerSimulator sim = simulator.getIfAvailable();
        LoudspeakerConfig config = sim != null
                ? LoudspeakerConfig.of(sim.baseUrl(), sim.apiKey())
                : LoudspeakerConfig.of(p == null ? null : p.baseUrl(), p == null ? null : blankToNull(p.authToken()));
        if (p != null) {
            if (sim == null && blankToNull(p.authHeader()) != null) {
                config = config.withAuthHeader(p.authHeader());
            }
            if (blankToNull(p.voice()) != null) {
                config = config.withVoice(p.voice());
            }
            if (p.repeat() > 0) {
                config = config.withRepeat(p.repeat());
            }
            if (p.callbackUrl() != null) {
                config = config.withCallback(p.callbackUrl(), p.callbackSecret());
            }
            if (p.mapping() != null) {
                // A vendor's own field names (docs/loudspeaker-api.md, "A vendor with its own names"); unset names keep
                // ours.
                config = config.withMapping(p.mapping());
            }
            config = config.withLimits(p.messagesPerSecond(), p.maxConcurrency());
        }
        if (sim != null) {
            log.info("Loudspeaker broadcasts go to the loudspeaker simulator at {}", sim.baseUrl());
        }
        return config.validate();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "canhbao.channels.loudspeaker.enabled", havingValue = "true")
    LoudspeakerAdapter loudspeakerAdapter(LoudspeakerConfig config) {
        return new LoudspeakerAdapter(config);
    }

    @Bean
    @ConditionalOnProperty(name = "canhbao.channels.firebase.enabled", havingValue = "true")
    FirebaseConfig firebaseConfig(Environment environment, ObjectProvider<FcmSimulator> simulator) {
        FirebaseProperties p = bind(environment, "firebase", FirebaseProperties.class);
        FcmSimulator sim = simulator.getIfAvailable();
        URI links = p == null || p.linkBaseUrl() == null ? URI.create("https://canhbao.vn") : p.linkBaseUrl();
        FirebaseConfig config = sim != null
                ? FirebaseConfig.forStandIn(sim.project(), sim.baseUrl(), sim.accessToken(), links)
                : FirebaseConfig.of(p == null ? null : p.projectId(), p == null ? null : p.credentials(), links);
        if (p != null) {
            config = config.withLimits(p.messagesPerSecond(), p.maxConcurrency());
        }
        if (sim != null) {
            log.info("App push goes to the FCM simulator at {}", sim.baseUrl());
        }
        return config.validate();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "canhbao.channels.firebase.enabled", havingValue = "true")
    FirebasePushAdapter firebasePushAdapter(FirebaseConfig config) {
        return new FirebasePushAdapter(config);
    }

    private static <T> T bind(Environment environment, String provider, Class<T> type) {
        return Binder.get(environment)
                .bind("canhbao.channels." + provider, type)
                .orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
