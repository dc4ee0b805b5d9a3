package vn.canhbao.gateway.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class SubscriptionSecretTests {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-characters";

    @Test
    void productionWithoutASecretDoesNotStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> SubscriptionSecret.resolve(null, Optional.empty(), true))
                .isInstanceOf(MissingSubscriptionSecret.class)
                .hasMessageContaining("(CANHBAO_SUBSCRIPTION_SECRET) is not set");
        MissingSubscriptionSecret missing = new MissingSubscriptionSecret("canhbao.subscription.secret is not set");
        FailureAnalysis analysis = new MissingSubscriptionSecretAnalyzer().analyze(missing);
        assertThat(analysis.getDescription()).doesNotContain("\n");
        assertThat(analysis.getAction()).contains("CANHBAO_SUBSCRIPTION_SECRET");
    }

    @Test
    void aShortSecretIsRefusedEverywhere() {
        assertThatThrownBy(() -> SubscriptionSecret.resolve("short", Optional.empty(), false))
                .isInstanceOf(MissingSubscriptionSecret.class)
                .hasMessageContaining("at least 32");
    }

    @Test
    void theConfiguredSecretWinsThenTheKeptOne() {
        Instant now = Instant.now();
        String token = new UnsubscribeLink(new SubscriptionSecret(SECRET), java.time.Duration.ofDays(1))
                .token("+84912345678", now);
        SubscriptionSecret configured = SubscriptionSecret.resolve(SECRET, Optional.of("kept-elsewhere"), true);
        assertThat(new UnsubscribeLink(configured, java.time.Duration.ofDays(1)).verify(token, now))
                .isInstanceOf(UnsubscribeLink.Verified.Valid.class);
        SubscriptionSecret kept = SubscriptionSecret.resolve(null, Optional.of(SECRET), false);
        assertThat(new UnsubscribeLink(kept, java.time.Duration.ofDays(1)).verify(token, now))
                .isInstanceOf(UnsubscribeLink.Verified.Valid.class);
    }

    @Test
    void linksAndCodesUseDifferentKeys() {
        SubscriptionSecret secret = new SubscriptionSecret(SECRET);
        assertThat(secret.linkKey()).isNotEqualTo(secret.codeKey());
    }
}
