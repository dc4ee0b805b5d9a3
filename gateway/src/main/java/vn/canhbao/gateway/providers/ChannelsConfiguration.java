package vn.canhbao.gateway.providers;

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
import vn.canhbao.channels.simulator.FcmSimulator;
import vn.canhbao.channels.simulator.LoudspeakerSimulator;
import vn.canhbao.channels.simulator.TwilioSimulator;
import vn.canhbao.channels.simulator.ZaloSimulator;
import vn.canhbao.channels.twilio.TwilioConfig;
import vn.canhbao.channels.twilio.TwilioVoiceCalls;
import vn.canhbao.channels.zalo.ZaloConfig;
import vn.canhbao.channels.zalo.ZaloOaAdapter;
import vn.canhbao.channels.zalo.ZaloTokenStore;

/**
 * One bean per channel adapter, each switched by {@code canhbao.channels.<provider>.enabled} and configured from
 * {@code canhbao.channels.<provider>.*}; SMS, over Twilio or eSMS or both, is {@link SmsConfiguration}'s. Where a provider simulator runs (local mode, tests), the adapter sends to it
 * with the simulator's credentials; otherwise to the provider, and a missing credential stops the start-up with a
 * message naming it. So does a limit set under its name from before {@code .limits} ({@link MovedLimitKeys}).
 */
@Configuration(proxyBeanMethods = false)
class ChannelsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ChannelsConfiguration.class);

    ChannelsConfiguration(Environment environment) {
        MovedLimitKeys.refuse(environment);
    }

    @Bean
    @ConditionalOnProperty(name = "canhbao.channels.twilio.enabled", havingValue = "true", matchIfMissing = true)
    TwilioConfig twilioConfig(Environment environment, ObjectProvider<TwilioSimulator> simulator) {
        TwilioConfig config = bind(environment, "twilio", TwilioConfig.class);
        TwilioSimulator sim = simulator.getIfAvailable();
        if (sim != null) {
            log.info("Twilio goes to the Twilio simulator at {}", sim.baseUrl());
            return sim.adapterConfig(config).validate();
        }
        if (config.baseUrl() != null) {
            log.info("Twilio goes to the Twilio API at {} (canhbao.channels.twilio.base-url)", config.baseUrl());
        }
        return config.validate();
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
        ZaloConfig config = bind(environment, "zalo", ZaloConfig.class);
        ZaloSimulator sim = simulator.getIfAvailable();
        if (sim != null) {
            log.info("Zalo goes to the Zalo simulator at {}", sim.baseUrl());
            return sim.adapterConfig(config).validate();
        }
        if (!config.openApiBaseUrl().equals(ZaloConfig.DEFAULT_OPEN_API_BASE_URL)
                || !config.businessApiBaseUrl().equals(ZaloConfig.DEFAULT_BUSINESS_API_BASE_URL)
                || !config.oauthBaseUrl().equals(ZaloConfig.DEFAULT_OAUTH_BASE_URL)) {
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
        // A vendor's own field names come under mapping (docs/loudspeaker-api.md, "A vendor with its own names").
        LoudspeakerConfig config = bind(environment, "loudspeaker", LoudspeakerConfig.class);
        LoudspeakerSimulator sim = simulator.getIfAvailable();
        if (sim != null) {
            log.info("Loudspeaker broadcasts go to the loudspeaker simulator at {}", sim.baseUrl());
            return sim.adapterConfig(config).validate();
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
        FirebaseConfig config = bind(environment, "firebase", FirebaseConfig.class);
        FcmSimulator sim = simulator.getIfAvailable();
        if (sim != null) {
            log.info("App push goes to the FCM simulator at {}", sim.baseUrl());
            return sim.adapterConfig(config).validate();
        }
        return config.validate();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "canhbao.channels.firebase.enabled", havingValue = "true")
    FirebasePushAdapter firebasePushAdapter(FirebaseConfig config) {
        return new FirebasePushAdapter(config);
    }

    /**
     * Binds {@code canhbao.channels.<provider>.*} into the provider's config record by its constructor; a provider
     * without any property gets the record's defaults (and {@code validate()} then names what is missing).
     */
    private static <T> T bind(Environment environment, String provider, Class<T> type) {
        return Binder.get(environment).bindOrCreate("canhbao.channels." + provider, type);
    }
}
