package vn.canhbao.gateway.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.HeadlessBrowser;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.registry.WardPolicy;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/**
 * {@code /xac-minh} on a resident's phone (390×844), with the code pasted as the message writes it ("Mã tin K7M2QX."):
 * a real warning is green and says THẬT, a drill violet and says only DIỄN TẬP, a cancelled one grey, a fake red
 * (#14, finding 7). Screenshots in {@code target/browser/}.
 */
@EnabledIf("vn.canhbao.gateway.HeadlessBrowser#available")
class VerifyPageBrowserTests extends GatewayIntegrationTest {

    /** Xã Sì Lở Lầu issues bulletins at once. */
    static final String WARD = "03562";

    private static final String GREEN = "rgba(232, 245, 233, 1)";
    private static final String VIOLET = "rgba(239, 232, 251, 1)";
    private static final String GREY = "rgba(238, 238, 238, 1)";
    private static final String RED = "rgba(253, 236, 234, 1)";

    @Autowired
    WardPolicyRepository policies;

    private HeadlessBrowser phone;

    @BeforeEach
    void open() {
        policies.save(new WardPolicy(WARD, true, false, false));
        phone = HeadlessBrowser.phone();
    }

    @AfterEach
    void close() {
        phone.close();
    }

    @Test
    void aRealWarningPastedWithItsPrefixIsGenuineAndInForce() throws Exception {
        check("Mã tin " + codeOf(alertOf(TestBulletin.forWard(WARD))) + ".");

        assertThat(verdict())
                .contains("Đây là tin cảnh báo THẬT của hệ thống.")
                .contains("Xã Sì Lở Lầu")
                .contains("Tin cảnh báo này đang có hiệu lực.")
                .doesNotContain("DIỄN TẬP");
        assertThat(phone.css(By.className("verdict"), "background-color")).isEqualTo(GREEN);
        phone.screenshot("public-xac-minh-real.png");
    }

    @Test
    void aDrillIsOnlyADrill() throws Exception {
        check("Mã tin " + codeOf(alertOf(TestBulletin.forWard(WARD).status("Exercise"))) + ".");

        assertThat(verdict()).contains("Đây là tin DIỄN TẬP của hệ thống").doesNotContain("THẬT");
        assertThat(phone.css(By.className("verdict"), "background-color")).isEqualTo(VIOLET);
        phone.screenshot("public-xac-minh-drill.png");
    }

    @Test
    void aCancelledWarningAndACorrectedOneAreNoLongerInForce() throws Exception {
        String cancelled = alertOf(TestBulletin.forWard(WARD));
        assertThat(asOfficer("admin", "POST", "/api/v1/alerts/" + cancelled + "/cancel", null)
                        .statusCode())
                .isEqualTo(202);
        check("Ma tin " + codeOf(cancelled) + ",");
        assertThat(verdict())
                .contains("Tin cảnh báo này đã được HỦY BỎ.")
                .contains("không còn hiệu lực")
                .doesNotContain("đang có hiệu lực");
        assertThat(phone.css(By.className("verdict"), "background-color")).isEqualTo(GREY);
        phone.screenshot("public-xac-minh-cancelled.png");

        String corrected = alertOf(TestBulletin.forWard(WARD));
        correctAsAdmin(corrected);
        check("Mã tin " + codeOf(corrected) + ".");
        assertThat(verdict()).contains("HỦY và ĐÍNH CHÍNH").contains("NHẦM LẪN").doesNotContain("THẬT");
        assertThat(phone.css(By.className("verdict"), "background-color")).isEqualTo(GREY);
        phone.screenshot("public-xac-minh-corrected.png");
    }

    @Test
    void aMadeUpCodeIsCalledPossiblyFake() {
        check("Mã tin K7M2QX.");

        assertThat(phone.find(By.cssSelector("p.error")).getText())
                .contains("Mã K7M2QX KHÔNG phải mã cảnh báo của hệ thống — có thể là tin giả");
        assertThat(phone.has(By.className("verdict"))).isFalse();
        assertThat(phone.css(By.cssSelector("p.error"), "background-color")).isEqualTo(RED);
        phone.screenshot("public-xac-minh-fake.png");
    }

    /** Types what the resident pasted into the page's field and sends the form. */
    private void check(String pasted) {
        // From a loopback address of its own: the HTTP tests' checks from 127.0.0.1 count against the same per-address
        // limit of 30 a minute, and this test's five would tip a suite run over it.
        phone.get("http://127.0.0.2:" + port + "/xac-minh");
        phone.find(By.id("ma")).sendKeys(pasted);
        assertThat(phone.find(By.id("ma")).getAttribute("value")).isEqualTo(pasted);
        phone.find(By.cssSelector("form button[type=submit]")).click();
        phone.await().until(d -> d.getCurrentUrl().contains("ma="));
    }

    private String verdict() {
        return phone.find(By.className("verdict")).getText();
    }

    private String alertOf(TestBulletin bulletin) throws Exception {
        return accept(bulletin).get("alertIds").get(0).asString();
    }

    private String codeOf(String alertId) throws Exception {
        return getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
    }
}
