package vn.canhbao.gateway.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnsubscribeLinkTests {

    private static final Instant NOW = Instant.parse("2025-09-01T03:00:00Z");
    private static final String PHONE = "+84912345678";

    private final UnsubscribeLink links = link("a-secret-of-at-least-thirty-two-characters");

    @Test
    void aTokenNamesItsPhoneUntilItsLastDay() {
        String token = links.token(PHONE, NOW);
        assertThat(token)
                .startsWith("84912345678.")
                .hasSizeLessThanOrEqualTo(34)
                .matches("[0-9a-zA-Z._-]+");
        assertThat(links.verify(token, NOW)).isEqualTo(new UnsubscribeLink.Verified.Valid(PHONE));
        assertThat(links.verify(token, Instant.parse("2025-09-30T23:59:59Z")))
                .isEqualTo(new UnsubscribeLink.Verified.Valid(PHONE));
        assertThat(links.verify(token, Instant.parse("2025-10-01T00:00:00Z")))
                .isEqualTo(new UnsubscribeLink.Verified.Expired(PHONE));
    }

    @Test
    void anyChangeMakesItInvalid() {
        String token = links.token(PHONE, NOW);
        String[] parts = token.split("\\.");
        assertThat(links.verify(token.replace("84912345678", "84912345679"), NOW))
                .isInstanceOf(UnsubscribeLink.Verified.Invalid.class);
        // A later last day, to stretch an expired link.
        assertThat(links.verify(parts[0] + ".zzz." + parts[2], NOW))
                .isInstanceOf(UnsubscribeLink.Verified.Invalid.class);
        char last = token.charAt(token.length() - 1);
        assertThat(links.verify(token.substring(0, token.length() - 1) + (last == 'x' ? 'y' : 'x'), NOW))
                .isInstanceOf(UnsubscribeLink.Verified.Invalid.class);
        assertThat(links.verify(token.substring(0, token.length() - 1), NOW))
                .isInstanceOf(UnsubscribeLink.Verified.Invalid.class);
        assertThat(links.verify("", NOW)).isInstanceOf(UnsubscribeLink.Verified.Invalid.class);
        assertThat(links.verify(null, NOW)).isInstanceOf(UnsubscribeLink.Verified.Invalid.class);
        assertThat(links.verify("<script>", NOW)).isInstanceOf(UnsubscribeLink.Verified.Invalid.class);
    }

    @Test
    void anotherKeyMakesAnotherToken() {
        String token = links.token(PHONE, NOW);
        UnsubscribeLink other = link("another-secret-of-at-least-thirty-two-chars");
        assertThat(other.verify(token, NOW)).isInstanceOf(UnsubscribeLink.Verified.Invalid.class);
    }

    private static UnsubscribeLink link(String secret) {
        return new UnsubscribeLink(new SubscriptionSecret(secret), Duration.ofDays(29));
    }
}
