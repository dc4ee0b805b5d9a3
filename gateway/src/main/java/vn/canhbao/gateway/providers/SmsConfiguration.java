package vn.canhbao.gateway.providers;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.esms.EsmsConfig;
import vn.canhbao.channels.esms.EsmsSmsAdapter;
import vn.canhbao.channels.simulator.EsmsSimulator;
import vn.canhbao.channels.twilio.TwilioConfig;
import vn.canhbao.channels.twilio.TwilioSmsAdapter;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.gateway.alerts.AlertRepository;

/**
 * The SMS channel's one adapter, {@link FailoverSmsAdapter}, over the providers {@code canhbao.channels.sms.*} names
 * ({@link SmsRouting}). Twilio's configuration comes from {@link ChannelsConfiguration} (its account also makes the
 * escalation calls); eSMS's, {@code canhbao.channels.esms.*} bound straight into {@link EsmsConfig}, only where eSMS
 * carries SMS, first or second, so an installation without eSMS needs none of its settings.
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);

    @Bean
    @Conditional(EsmsCarriesSms.class)
    EsmsConfig esmsConfig(Environment environment, ObjectProvider<EsmsSimulator> simulator) {
        EsmsConfig config = Binder.get(environment).bindOrCreate("canhbao.channels.esms", EsmsConfig.class);
        EsmsSimulator sim = simulator.getIfAvailable();
        if (sim != null) {
            log.info("eSMS goes to the eSMS simulator at {}", sim.baseUrl());
            return sim.adapterConfig(config).validate();
        }
        if (!config.baseUrl().toString().equals(EsmsConfig.DEFAULT_BASE_URL)) {
            log.info("eSMS goes to {} (canhbao.channels.esms.base-url)", config.baseUrl());
        }
        return config.validate();
    }

    @Bean(destroyMethod = "close")
    @Conditional(SmsOn.class)
    FailoverSmsAdapter smsAdapter(
            Environment environment,
            ObjectProvider<TwilioConfig> twilio,
            ObjectProvider<EsmsConfig> esms,
            ObjectProvider<WardDirectory> directory,
            ObjectProvider<AlertRepository> alerts,
            MeterRegistry meters) {
        WardDirectory wards = directory.getIfAvailable(WardDirectory::bundled);
        SmsRouting routing = SmsRouting.of(environment).validate(wards);
        Map<SmsProvider, ChannelAdapter> adapters = new EnumMap<>(SmsProvider.class);
        for (SmsProvider provider : SmsProvider.values()) {
            if (routing.uses(provider)) {
                adapters.put(provider, adapter(provider, twilio, esms));
            }
        }
        log.info("SMS goes through {}", routing.describe());
        return new FailoverSmsAdapter(
                routing.primary(),
                adapters,
                routing.failsOver(),
                provider -> new SmsCircuitBreaker(routing.breaker(), Clock.systemUTC()),
                routing.areas().isEmpty()
                        ? dispatch -> routing.primary()
                        : new SmsAreas(routing, wards, alerts)::firstFor,
                meters);
    }

    private static ChannelAdapter adapter(
            SmsProvider provider, ObjectProvider<TwilioConfig> twilio, ObjectProvider<EsmsConfig> esms) {
        return switch (provider) {
            case TWILIO -> {
                TwilioConfig config = twilio.getIfAvailable();
                if (config == null) {
                    throw new IllegalStateException(
                            "canhbao.channels.sms names twilio, but" + " canhbao.channels.twilio.enabled is false");
                }
                yield new TwilioSmsAdapter(config);
            }
            case ESMS -> new EsmsSmsAdapter(esms.getObject());
        };
    }

    /** eSMS carries SMS: first, second, or first for some province or ward. */
    static final class EsmsCarriesSms implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return SmsRouting.of(context.getEnvironment()).uses(SmsProvider.ESMS);
        }
    }

    /**
     * SMS is on: its primary provider is eSMS, or Twilio while {@code canhbao.channels.twilio.enabled} is not false (it
     * is true by default, as before eSMS).
     */
    static final class SmsOn implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            return SmsRouting.of(environment).primary() == SmsProvider.ESMS
                    || environment.getProperty("canhbao.channels.twilio.enabled", Boolean.class, true);
        }
    }
}
