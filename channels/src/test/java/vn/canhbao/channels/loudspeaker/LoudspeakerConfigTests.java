package vn.canhbao.channels.loudspeaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoudspeakerConfigTests {

    static final URI BASE = URI.create("https://loa.example.vn/api/v1");

    @Test
    void fillsDefaults() {
        LoudspeakerConfig config = LoudspeakerConfig.of(BASE, "token");

        assertThat(config.authHeader()).isEqualTo("Authorization");
        assertThat(config.authValue()).isEqualTo("Bearer token");
        assertThat(config.mapping()).isEqualTo(LoudspeakerFieldMapping.DEFAULT);
        assertThat(config.voice()).isEqualTo(LoudspeakerConfig.DEFAULT_VOICE);
        assertThat(config.repeat()).isEqualTo(3);
        assertThat(config.limits()).isEqualTo(LoudspeakerConfig.DEFAULT_LIMITS);
        assertThat(config.validate()).isSameAs(config);
    }

    @Test
    void anApiKeyHeaderCarriesTheBareToken() {
        LoudspeakerConfig config = new LoudspeakerConfig(BASE, "X-API-Key", "token", null, null, 0, null, null, null);

        assertThat(config.authValue()).isEqualTo("token");
    }

    @Test
    void namesEveryProblemAtOnce() {
        LoudspeakerFieldMapping broken = new LoudspeakerFieldMapping(
                "",
                "",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "",
                null,
                null,
                null,
                null,
                null,
                Map.of("da_phat", "done"));
        LoudspeakerConfig config = new LoudspeakerConfig(
                URI.create("ftp://loa"), "Host", " ", broken, null, 11, URI.create("/relative"), null, null);

        assertThatIllegalStateException()
                .isThrownBy(config::validate)
                .withMessageContaining("baseUrl must be an absolute http(s) URL")
                .withMessageContaining("authToken is required")
                .withMessageContaining("authHeader must be an ordinary HTTP header name")
                .withMessageContaining("mapping.clusterIds")
                .withMessageContaining("mapping.text")
                .withMessageContaining("mapping.broadcastIdPath")
                .withMessageContaining("da_phat to done")
                .withMessageContaining("repeat must be between 1 and 10")
                .withMessageContaining("callbackUrl must be an absolute URL")
                .withMessageContaining("callbackSecret is required");
    }

    @Test
    void neverPrintsTheTokenOrTheCallbackSecret() {
        LoudspeakerConfig config = new LoudspeakerConfig(
                BASE,
                null,
                "s3cr3t-token",
                null,
                null,
                0,
                URI.create("https://canhbao.example.vn/webhooks/loudspeaker"),
                "hmac-secret",
                null);

        assertThat(config.toString())
                .doesNotContain("s3cr3t-token", "hmac-secret")
                .contains("****", "loa.example.vn");
    }
}
