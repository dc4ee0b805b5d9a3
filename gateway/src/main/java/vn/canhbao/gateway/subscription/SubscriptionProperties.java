package vn.canhbao.gateway.subscription;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The residents' self-subscription page.
 *
 * @param secret the key that signs unsubscribe links and hashes one-time codes ({@code CANHBAO_SUBSCRIPTION_SECRET});
 *     required in production, kept in {@code ./data/local-subscription-secret} in local mode
 * @param linkBaseUrl where residents reach canhbao (e.g. {@code https://canhbao.quangninh.gov.vn}), for the unsubscribe
 *     link in the SMS; null to use {@code canhbao.webhooks.public-base-url}, then the address the page was called at
 * @param codeValidity how long a one-time code may be used (10 minutes)
 * @param maxAttempts how many wrong codes end a code (5)
 * @param codesPerPhonePerHour how many codes one phone is sent in an hour (3)
 * @param codesPerClientPerHour how many codes one client address may ask for in an hour; generous, because a mobile
 *     operator's carrier-grade NAT puts a whole village behind one address (30)
 * @param linkValidity how long an unsubscribe link works (365 days)
 * @param languages the languages a resident may choose, as language tags; each needs {@code language.<tag>} in the
 *     public message bundle ({@code vi}, {@code en})
 */
@ConfigurationProperties("canhbao.subscription")
public record SubscriptionProperties(
        String secret,
        URI linkBaseUrl,
        Duration codeValidity,
        Integer maxAttempts,
        Integer codesPerPhonePerHour,
        Integer codesPerClientPerHour,
        Duration linkValidity,
        List<String> languages) {

    public SubscriptionProperties {
        codeValidity = codeValidity == null ? Duration.ofMinutes(10) : codeValidity;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        codesPerPhonePerHour = codesPerPhonePerHour == null ? 3 : codesPerPhonePerHour;
        codesPerClientPerHour = codesPerClientPerHour == null ? 30 : codesPerClientPerHour;
        linkValidity = linkValidity == null ? Duration.ofDays(365) : linkValidity;
        languages = languages == null || languages.isEmpty() ? List.of("vi", "en") : List.copyOf(languages);
    }
}
