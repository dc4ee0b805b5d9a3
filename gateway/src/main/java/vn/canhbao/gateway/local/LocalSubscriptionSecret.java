package vn.canhbao.gateway.local;

import java.nio.file.Path;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.canhbao.gateway.subscription.SubscriptionSecretSource;

/**
 * Local mode's key for the residents' unsubscribe links and one-time codes: generated on the first start and kept in
 * {@code ./data/local-subscription-secret}, so links sent yesterday still work today.
 */
@Component
@Profile("local")
class LocalSubscriptionSecret implements SubscriptionSecretSource {

    private final String secret;

    LocalSubscriptionSecret() {
        this.secret = LocalSecret.kept(
                Path.of("./data/local-subscription-secret"),
                "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                48);
    }

    @Override
    public String secret() {
        return secret;
    }
}
