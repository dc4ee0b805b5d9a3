package vn.canhbao.gateway.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * #14, finding 9: a resident of ward 01708, which canhbao does not serve, was told "Bạn sẽ nhận cảnh báo…". A ward
 * without a ward policy is named as not served, offers no form, and sends no code.
 */
class UnservedWardIntegrationTests extends SubscriptionIntegrationTest {

    /** Xã Bạch Đằng (Cao Bằng), not the demo ward Phường Bạch Đằng (11473, Hải Phòng); no test gives it a policy. */
    static final String UNSERVED = "01708";

    @Test
    void theWardPageSaysPlainlyThatTheWardIsNotServedAndOffersNoForm() throws Exception {
        HttpResponse<String> page = browser().get("/dang-ky/" + UNSERVED);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("chưa dùng hệ thống cảnh báo thiên tai này")
                .contains("KHÔNG nhận được tin cảnh báo")
                .doesNotContain("name=\"phone\"")
                .doesNotContain("Bạn sẽ nhận cảnh báo");
        assertThat(browser().get("/dang-ky/da-dang-ky?xa=" + UNSERVED).body())
                .as("a hand-made link to the thanks page")
                .doesNotContain("Bạn sẽ nhận cảnh báo")
                .contains("KHÔNG nhận được tin cảnh báo");
    }

    @Test
    void askingForACodeAnywayIsRefusedAndSendsNothing() throws Exception {
        ResidentBrowser browser = browser();
        browser.get("/dang-ky/" + TAN_DINH);
        int before = twilio.acceptedBodiesTo("+84339201708").size();

        HttpResponse<String> refused =
                browser.post("/dang-ky/" + UNSERVED, List.of(Map.entry("phone", "0339 201 708")));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("chưa dùng hệ thống cảnh báo thiên tai này");
        assertThat(twilio.acceptedBodiesTo("+84339201708")).hasSize(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from subscription_code where phone = ?", Integer.class, "+84339201708"))
                .isZero();
    }

    @Test
    void searchResultsMarkTheWardsNotServedYet() throws Exception {
        String body = browser().get("/dang-ky?q=bach+dang").body();

        assertThat(result(body, BACH_DANG)).doesNotContain("chưa dùng hệ thống");
        assertThat(result(body, UNSERVED)).contains("(chưa dùng hệ thống)");
    }

    private static String result(String page, String ward) {
        String from = page.substring(page.indexOf("href=\"/dang-ky/" + ward + "\""));
        return from.substring(0, from.indexOf("</li>"));
    }
}
