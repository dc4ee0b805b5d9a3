package vn.canhbao.gateway.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A resident finds their ward by name, typed without diacritics, and tells same-named wards apart by province. */
class WardSearchIntegrationTests extends SubscriptionIntegrationTest {

    @Test
    void aNameWithoutDiacriticsFindsTheWardWithItsProvince() throws Exception {
        HttpResponse<String> page = browser().get("/dang-ky?q=cao+minh");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Xã Cao Minh", "href=\"/dang-ky/01879\"", "Thái Nguyên");
    }

    @Test
    void sameNamedWardsAreToldApartByProvince() throws Exception {
        String body = browser().get("/dang-ky?q=tan+hung").body();
        assertThat(body)
                .contains("href=\"/dang-ky/10537\"", "href=\"/dang-ky/27475\"")
                .contains("Thành phố Hải Phòng", "Thành phố Hồ Chí Minh");
    }

    @Test
    void nothingFoundSaysSoAndKeepsTheQuery() throws Exception {
        String body = browser().get("/dang-ky?q=khong+co+xa+nay").body();
        assertThat(body)
                .contains(
                        "Không tìm thấy xã, phường nào có tên &quot;khong co xa nay&quot;",
                        "value=\"khong co xa nay\"");
    }

    @Test
    void aPre2025CodeLeadsToTheWardThatAbsorbedIt() throws Exception {
        HttpResponse<String> old = browser().get("/dang-ky/26734");
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/dang-ky/" + TAN_DINH);
        assertThat(browser().get("/dang-ky/99999").statusCode()).isEqualTo(404);
    }

    @Test
    void theLanguageSwitchTurnsThePageIntoEnglish() throws Exception {
        ResidentBrowser browser = browser();
        assertThat(browser.get("/dang-ky?lang=en").body()).contains("Subscribe to disaster warnings");
        assertThat(browser.get("/dang-ky/" + TAN_DINH).body())
                .as("the cookie keeps the choice")
                .contains("Your phone number", "Phường Tân Định");
    }
}
