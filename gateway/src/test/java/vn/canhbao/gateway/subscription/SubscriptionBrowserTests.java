package vn.canhbao.gateway.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import vn.canhbao.gateway.HeadlessBrowser;

/**
 * {@code /dang-ky} and the unsubscribe page on a resident's phone (390×844), read as the resident reads them: find the
 * ward, give the phone, type the code the SMS brought, leave again with the link of the confirmation SMS; and a ward
 * canhbao does not serve, which must promise nothing (#14, finding 9). Screenshots in {@code target/browser/}.
 */
@EnabledIf("vn.canhbao.gateway.HeadlessBrowser#available")
class SubscriptionBrowserTests extends SubscriptionIntegrationTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("http://\\S+(/huy-dang-ky/\\S+)$");

    /** The ok box's green and the not-served box's amber, as the browser computes them. */
    private static final String GREEN = "rgba(232, 245, 233, 1)";

    private static final String AMBER_BORDER = "rgba(230, 81, 0, 1)";

    private HeadlessBrowser phone;

    @BeforeEach
    void open() {
        phone = HeadlessBrowser.phone();
    }

    @AfterEach
    void close() {
        phone.close();
    }

    @Test
    void aResidentSubscribesWithTheSmsCodeAndLeavesWithTheLink() throws Exception {
        String e164 = "+84339100077";
        forget(e164);

        phone.get(url("/dang-ky"));
        phone.find(By.id("q")).sendKeys("tan dinh");
        phone.find(By.cssSelector("form button[type=submit]")).click();
        phone.await().until(d -> !d.findElements(By.cssSelector("a[href='/dang-ky/" + TAN_DINH + "']"))
                .isEmpty());
        phone.screenshot("public-dang-ky-search.png");
        phone.find(By.cssSelector("a[href='/dang-ky/" + TAN_DINH + "']")).click();

        phone.await().until(d -> !d.findElements(By.id("phone")).isEmpty());
        assertThat(phone.text()).contains("Số điện thoại của bạn", "Phường Tân Định");
        phone.find(By.id("phone")).sendKeys("0339 100 077");
        phone.find(By.cssSelector("form button[type=submit]")).click();

        phone.await().until(d -> d.getCurrentUrl().contains("/dang-ky/xac-nhan/"));
        assertThat(phone.text()).contains("Đã gửi mã xác nhận đến số 0339 100 077");
        phone.find(By.id("code")).sendKeys(lastCodeTo(e164));
        phone.screenshot("public-dang-ky-code.png");
        phone.find(By.cssSelector("form button[type=submit]")).click();

        phone.await().until(d -> d.getCurrentUrl().contains("/dang-ky/da-dang-ky"));
        assertThat(phone.text()).contains("Đăng ký thành công", "Phường Tân Định", "Bạn sẽ nhận cảnh báo thiên tai");
        assertThat(phone.css(By.className("ok"), "background-color")).isEqualTo(GREEN);
        phone.screenshot("public-dang-ky-done.png");

        String confirmation = twilio.acceptedBodiesTo(e164).getLast();
        Matcher link = UNSUBSCRIBE.matcher(confirmation);
        assertThat(link.find()).as(confirmation).isTrue();
        phone.get(url(link.group(1)));
        assertThat(phone.text()).contains("Ngừng gửi cảnh báo thiên tai đến số 0339 100 077?");
        phone.screenshot("public-huy-dang-ky-ask.png");
        phone.find(By.cssSelector("form button[type=submit]")).click();
        phone.await().until(d -> d.findElement(By.tagName("body")).getText().contains("Đã hủy đăng ký"));
        assertThat(phone.css(By.className("ok"), "background-color")).isEqualTo(GREEN);
        phone.screenshot("public-huy-dang-ky-done.png");
        assertThat(jdbc.queryForObject("select count(*) from recipient where phone = ?", Integer.class, e164))
                .isZero();
    }

    @Test // #14, finding 9
    void aWardNotServedSaysSoAndOffersNoForm() {
        phone.get(url("/dang-ky?q=bach+dang"));
        String unserved = phone.find(By.cssSelector("a[href='/dang-ky/01708']")).getText();
        String served = phone.find(By.cssSelector("a[href='/dang-ky/" + BACH_DANG + "']"))
                .getText();
        assertThat(unserved).contains("Xã Bạch Đằng", "(chưa dùng hệ thống)");
        assertThat(served).contains("Phường Bạch Đằng").doesNotContain("chưa dùng");
        phone.screenshot("public-dang-ky-search-not-served.png");

        phone.find(By.cssSelector("a[href='/dang-ky/01708']")).click();
        phone.await().until(d -> !d.findElements(By.className("not-served")).isEmpty());
        assertThat(phone.text())
                .contains("Xã, phường này chưa dùng hệ thống cảnh báo")
                .contains("bạn sẽ KHÔNG nhận được tin cảnh báo qua đây")
                .doesNotContain("Bạn sẽ nhận cảnh báo");
        assertThat(phone.has(By.id("phone"))).as("no phone field").isFalse();
        assertThat(phone.css(By.className("not-served"), "border-left-color")).isEqualTo(AMBER_BORDER);
        phone.screenshot("public-dang-ky-not-served.png");
    }

    /**
     * From a loopback address of its own: the HTTP tests ask for codes from 127.0.0.1, and one of them fills that
     * address's hourly allowance on purpose.
     */
    private String url(String path) {
        return "http://127.0.0.3:" + port + path;
    }
}
