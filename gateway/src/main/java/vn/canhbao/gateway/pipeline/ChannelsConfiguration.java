package vn.canhbao.gateway.pipeline;

import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.canhbao.channels.simulator.TwilioSimulator;
import vn.canhbao.channels.twilio.TwilioConfig;
import vn.canhbao.channels.twilio.TwilioSmsAdapter;

/**
 * One bean per channel adapter, each switched by {@code canhbao.channels.<provider>.enabled}. Where a provider
 * simulator runs (local mode, tests), the adapter sends to it; otherwise to the provider, with the configured
 * credentials, and a missing credential stops the start-up with a message naming it.
 */
@Configuration(proxyBeanMethods = false)
class ChannelsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ChannelsConfiguration.class);

    /** The {@code canhbao.channels.twilio.*} properties. */
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
            int maxConcurrency) {

        TwilioConfig toConfig() {
            return new TwilioConfig(
                    blankToNull(accountSid),
                    blankToNull(authToken),
                    blankToNull(messagingServiceSid),
                    blankToNull(from),
                    statusCallbackUrl,
                    baseUrl,
                    connectTimeout,
                    readTimeout,
                    messagesPerSecond,
                    maxConcurrency);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "canhbao.channels.twilio.enabled", havingValue = "true", matchIfMissing = true)
    TwilioSmsAdapter twilioSmsAdapter(TwilioConfig config) {
        return new TwilioSmsAdapter(config);
    }

    @Bean
    @ConditionalOnProperty(name = "canhbao.channels.twilio.enabled", havingValue = "true", matchIfMissing = true)
    TwilioConfig twilioConfig(Environment environment, ObjectProvider<TwilioSimulator> simulator) {
        TwilioConfig config = Binder.get(environment)
                .bind("canhbao.channels.twilio", TwilioProperties.class)
                .map(TwilioProperties::toConfig)
                .orElseGet(() -> new TwilioConfig(null, null, null, null, null, null, null, null, 0, 0));
        TwilioSimulator sim = simulator.getIfAvailable();
        if (sim != null) {
            config = new TwilioConfig(
                    sim.accountSid(),
                    sim.authToken(),
                    config.messagingServiceSid() == null
                            ? "MG00000000000000000000000000000000"
                            : config.messagingServiceSid(),
                    config.from(),
                    config.statusCallbackUrl(),
                    sim.baseUrl(),
                    config.connectTimeout(),
                    config.readTimeout(),
                    config.messagesPerSecond(),
                    config.maxConcurrency());
            log.info("SMS goes to the Twilio simulator at {}", sim.baseUrl());
        }
        return config.validate();
    }
}
