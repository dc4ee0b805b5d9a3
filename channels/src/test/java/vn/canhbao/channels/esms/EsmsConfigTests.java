package vn.canhbao.channels.esms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import org.junit.jupiter.api.Test;

class EsmsConfigTests {

    @Test
    void fillsDefaults() {
        EsmsConfig config = EsmsConfig.of("key", "secret", "CANHBAO");

        assertThat(config.smsType()).isEqualTo("2");
        assertThat(config.unicode()).isFalse();
        assertThat(config.baseUrl()).isEqualTo(URI.create("https://rest.esms.vn"));
        assertThat(config.limits()).isEqualTo(EsmsConfig.DEFAULT_LIMITS);
        assertThat(config.validate()).isSameAs(config);
    }

    @Test
    void namesEveryProblemAtOnce() {
        EsmsConfig empty = new EsmsConfig(
                " ", "", "CANHBAO-CANH-BAO", "cskh", false, URI.create("relative/path"), URI.create("ftp://x"), null);

        assertThatIllegalStateException()
                .isThrownBy(empty::validate)
                .withMessageContaining("apiKey is required")
                .withMessageContaining("secretKey is required")
                .withMessageContaining("brandname must be at most 11")
                .withMessageContaining("smsType must be")
                .withMessageContaining("baseUrl must be")
                .withMessageContaining("callbackUrl must be an absolute")
                .withMessageContaining("callbackUrl must carry a secret");
    }

    @Test
    void needsABrandname() {
        assertThatIllegalStateException()
                .isThrownBy(() -> EsmsConfig.of("key", "secret", null).validate())
                .withMessageContaining("brandname is required");
    }

    @Test
    void aCallbackUrlMustCarryALongEnoughSecret() {
        EsmsConfig shortSecret = new EsmsConfig(
                "key",
                "secret",
                "CANHBAO",
                null,
                false,
                URI.create("https://x.vn/webhooks/esms?token=abc"),
                null,
                null);
        EsmsConfig longSecret = new EsmsConfig(
                "key",
                "secret",
                "CANHBAO",
                null,
                false,
                URI.create("https://x.vn/webhooks/esms?token=0123456789abcdef"),
                null,
                null);

        assertThatIllegalStateException().isThrownBy(shortSecret::validate).withMessageContaining("token");
        assertThat(longSecret.validate()).isSameAs(longSecret);
    }

    @Test
    void neverPrintsTheKeysOrTheCallbackSecret() {
        EsmsConfig config = new EsmsConfig(
                "the-api-key",
                "the-secret-key",
                "CANHBAO",
                null,
                true,
                URI.create("https://x.vn/webhooks/esms?token=0123456789abcdef&env=prod"),
                null,
                null);

        assertThat(config.toString())
                .doesNotContain("the-api-key")
                .doesNotContain("the-secret-key")
                .doesNotContain("0123456789abcdef")
                .contains("token=****&env=prod")
                .contains("CANHBAO");
    }

    @Test
    void unicodeFollowsTheTextUnlessForced() {
        EsmsConfig config = EsmsConfig.of("key", "secret", "CANHBAO");

        assertThat(config.isUnicode("Canh bao lu quet")).isEqualTo("0");
        assertThat(config.isUnicode("Cảnh báo lũ quét")).isEqualTo("1");
        assertThat(new EsmsConfig("key", "secret", "CANHBAO", null, true, null, null, null).isUnicode("Canh bao"))
                .isEqualTo("1");
    }
}
