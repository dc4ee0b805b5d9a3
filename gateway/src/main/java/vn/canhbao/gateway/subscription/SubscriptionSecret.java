package vn.canhbao.gateway.subscription;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.canhbao.gateway.security.LinkKeys;

/**
 * The secret behind the subscription page, and the two keys drawn from it: one signs unsubscribe links, the other
 * hashes one-time codes. Separate keys, so a value made for one purpose is never valid for the other.
 */
public final class SubscriptionSecret implements LinkKeys {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionSecret.class);

    /** Shorter secrets are guessable offline from one signed link. */
    static final int MIN_LENGTH = 32;

    private final byte[] master;
    private final byte[] linkKey;
    private final byte[] codeKey;

    SubscriptionSecret(String secret) {
        this.master = secret.getBytes(StandardCharsets.UTF_8);
        this.linkKey = Hmac.sha256(master, "canhbao unsubscribe link".getBytes(StandardCharsets.UTF_8));
        this.codeKey = Hmac.sha256(master, "canhbao one-time code".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The configured secret; else the one {@code fallback} keeps (local mode); else, outside production, a random one
     * that lasts until the process stops (the benchmark, the tests). Production without a secret does not start.
     */
    static SubscriptionSecret resolve(String configured, Optional<String> fallback, boolean production) {
        if (configured != null && !configured.isBlank()) {
            if (configured.strip().length() < MIN_LENGTH) {
                throw new MissingSubscriptionSecret("canhbao.subscription.secret (CANHBAO_SUBSCRIPTION_SECRET) has "
                        + configured.strip().length() + " characters; it needs at least " + MIN_LENGTH + ".");
            }
            return new SubscriptionSecret(configured.strip());
        }
        if (fallback.isPresent()) {
            return new SubscriptionSecret(fallback.get());
        }
        if (production) {
            throw new MissingSubscriptionSecret(
                    "canhbao.subscription.secret (CANHBAO_SUBSCRIPTION_SECRET) is not set; it signs the residents'"
                            + " unsubscribe links and must stay the same across restarts and replicas.");
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        log.warn("canhbao.subscription.secret is not set: unsubscribe links sent now stop working at the next start");
        return new SubscriptionSecret(HexFormat.of().formatHex(random));
    }

    /**
     * A key for another link that people open without signing in (a leader's confirmation link), drawn from the same
     * secret for {@code purpose}, so operators keep one secret and each kind of link its own key.
     */
    @Override
    public byte[] keyFor(String purpose) {
        return Hmac.sha256(master, ("canhbao " + purpose).getBytes(StandardCharsets.UTF_8));
    }

    byte[] linkKey() {
        return linkKey.clone();
    }

    byte[] codeKey() {
        return codeKey.clone();
    }
}
