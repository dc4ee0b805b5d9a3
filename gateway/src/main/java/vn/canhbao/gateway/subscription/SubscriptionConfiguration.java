package vn.canhbao.gateway.subscription;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** The secret of the subscription page: configured, kept by local mode, or (production) the start stops. */
@Configuration(proxyBeanMethods = false)
class SubscriptionConfiguration {

    @Bean
    SubscriptionSecret subscriptionSecret(
            SubscriptionProperties properties, ObjectProvider<SubscriptionSecretSource> fallback, Environment env) {
        return SubscriptionSecret.resolve(
                properties.secret(),
                Optional.ofNullable(fallback.getIfAvailable()).map(SubscriptionSecretSource::secret),
                env.acceptsProfiles(Profiles.of("prod")));
    }
}
