package vn.canhbao.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ZaloConfigTests {

    @Test
    void takesZalosHostsAndTheDefaults() {
        ZaloConfig config =
                ZaloConfig.of("4318019421573621123", "app-secret", "oa-secret").validate();

        assertThat(config.openApiBaseUrl()).isEqualTo(URI.create("https://openapi.zalo.me"));
        assertThat(config.businessApiBaseUrl()).isEqualTo(URI.create("https://business.openapi.zalo.me"));
        assertThat(config.oauthBaseUrl()).isEqualTo(URI.create("https://oauth.zaloapp.com"));
        assertThat(config.znsFields()).isEqualTo(new ZnsTemplateFields("tieu_de", "noi_dung", "ma_canh_bao"));
        assertThat(config.limits()).isEqualTo(ZaloConfig.DEFAULT_LIMITS);
    }

    @Test
    void validateNamesEveryProblem() {
        ZaloConfig config = new ZaloConfig(
                null,
                " ",
                null,
                URI.create("ftp://zalo"),
                null,
                null,
                null,
                " ",
                new ZnsTemplateFields("noi_dung", "noi_dung", null),
                null);

        assertThatThrownBy(config::validate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("appId")
                .hasMessageContaining("appSecretKey")
                .hasMessageContaining("oaSecretKey")
                .hasMessageContaining("openApiBaseUrl")
                .hasMessageContaining("businessApiBaseUrl")
                .hasMessageContaining("oauthBaseUrl")
                .hasMessageContaining("znsFields");
    }

    @Test
    void aBlankTemplateMeansNoZns() {
        // An unset ZALO_ZNS_TEMPLATE_ID arrives as an empty string.
        assertThat(new ZaloConfig("app", "secret", "oa", null, null, null, null, " ", null, null).znsTemplateId())
                .isNull();
    }

    @Test
    void oneBaseUrlServesEachApiNotSetOnItsOwn() {
        URI staging = URI.create("https://zalo.staging.example");
        URI oauth = URI.create("https://oauth.staging.example");
        ZaloConfig config = new ZaloConfig("app", "secret", "oa", staging, null, null, oauth, null, null, null);

        assertThat(config.openApiBaseUrl()).isEqualTo(staging);
        assertThat(config.businessApiBaseUrl()).isEqualTo(staging);
        assertThat(config.oauthBaseUrl()).isEqualTo(oauth);
    }

    @Test
    void toStringHidesTheSecrets() {
        String text = ZaloConfig.of("4318019421573621123", "app-secret-Zx81kPq0", "oa-secret-Mb27sLw9")
                .toString();

        assertThat(text)
                .contains("4318019421573621123")
                .doesNotContain("Zx81kPq0")
                .doesNotContain("Mb27sLw9");
    }
}
