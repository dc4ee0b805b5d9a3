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
        assertThat(config.messagesPerSecond()).isEqualTo(ZaloConfig.DEFAULT_MESSAGES_PER_SECOND);
        assertThat(config.maxConcurrency()).isEqualTo(ZaloConfig.DEFAULT_MAX_CONCURRENCY);
    }

    @Test
    void validateNamesEveryProblem() {
        ZaloConfig config = ZaloConfig.of(null, " ", null)
                .withBaseUrl(URI.create("ftp://zalo"))
                .withZnsTemplate(" ", new ZnsTemplateFields("noi_dung", "noi_dung", null));

        assertThatThrownBy(config::validate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("appId")
                .hasMessageContaining("appSecretKey")
                .hasMessageContaining("oaSecretKey")
                .hasMessageContaining("openApiBaseUrl")
                .hasMessageContaining("businessApiBaseUrl")
                .hasMessageContaining("oauthBaseUrl")
                .hasMessageContaining("znsTemplateId")
                .hasMessageContaining("znsFields");
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
