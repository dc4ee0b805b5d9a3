package vn.canhbao.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canhbao.core.audience.Recipient;
import vn.canhbao.core.audience.RecipientRole;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.HeadlessBrowser;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.registry.RecipientRepository;
import vn.canhbao.gateway.registry.WardPolicy;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/**
 * The console as a duty officer reads it, in a real browser at a laptop's 1366×768: a drill and a real warning, each
 * through compose, preview, confirm, issue, the live view, update, cancel and correction, asserting what is on the
 * screen (the drill banner there or not, colours, the Vietnamese words, the counts) and keeping a screenshot of each
 * step in {@code gateway/target/browser/}. Regression tests for #14.
 */
@EnabledIf("vn.canhbao.gateway.HeadlessBrowser#available")
class ConsoleBrowserTests extends GatewayIntegrationTest {

    private static final String DRILL_BANNER = "DIỄN TẬP — KHÔNG PHẢI CẢNH BÁO THẬT";
    /** The red of a real warning's buttons and of the unreached banner (#b3261e). */
    private static final String RED = "rgba(179, 38, 30, 1)";
    /** The violet of the drill banner (#5b2a9e). */
    private static final String VIOLET = "rgba(91, 42, 158, 1)";

    /** The amber of a line that waits on a provider (#fff4d6). */
    private static final String AMBER = "rgba(255, 244, 214, 1)";
    /** Phường Giảng Võ, Hà Nội: a ward of its own for the outage, so the demo wards' counts stay as they are. */
    private static final String GIANG_VO = "00025";

    @Autowired
    WardPolicyRepository policies;

    @Autowired
    RecipientRepository recipients;

    private HeadlessBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessBrowser.desktop();
    }

    @AfterEach
    void closeBrowser() {
        twilio.reset();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aDrillLooksLikeADrillOnEveryPageFromComposeToCancel() {
        signIn("officer.bachdang");
        click(By.linkText("Soạn tin diễn tập"));
        assertDrill("console-drill-1-compose.png");
        click(By.linkText("Bão"));
        assertThat(browser.find(By.id("headline")).getAttribute("value"))
                .isEqualTo("Bão sắp ảnh hưởng trực tiếp đến Phường Bạch Đằng");
        click(By.cssSelector("input[name=riskLevel][value='3']"));
        click(By.id("preview"));

        WebElement sms = browser.await().until(b -> b.findElement(By.id("sms-text")));
        assertThat(sms.getText()).startsWith("[DIỄN TẬP] CẢNH BÁO BÃO").contains("Cấp độ rủi ro 3");
        assertThat(browser.find(By.cssSelector(".card.loudspeaker pre")).getText())
                .startsWith("Đây là tin diễn tập.")
                .endsWith("Đây là tin diễn tập.");
        assertThat(browser.find(By.id("state")).getText()).isEqualTo("Bản nháp, chưa phát");
        assertDrill("console-drill-2-preview.png");

        click(By.id("to-confirm"));
        assertDrill("console-drill-3-confirm.png");
        assertThat(browser.find(By.className("audience")).getText())
                .contains("Phường Bạch Đằng: " + RESIDENTS + " người");
        assertThat(browser.text()).doesNotContain("cảnh báo THẬT");
        assertThat(browser.find(By.id("issue")).getText()).isEqualTo("Phát tin diễn tập");
        assertThat(browser.css(By.id("issue"), "background-color")).isEqualTo(VIOLET);
        click(By.id("issue"));

        // Not reloaded: the live view fills in the counts and the groups' table as they come.
        int expected = expectedByChannel(BACH_DANG).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        browser.await()
                .until(b -> b.findElement(By.id("total-handed")).getText().equals(String.valueOf(expected)));
        assertThat(browser.find(By.id("total-dispatches")).getText()).isEqualTo(String.valueOf(expected));
        browser.await().until(b -> b.findElement(By.id("state")).getText().equals("Đã phát"));
        assertThat(browser.find(By.id("bar-SMS")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.find(By.id("counts-SMS")).getText())
                .isEqualTo(RESIDENTS + "/" + RESIDENTS + " đã chuyển · 0 đang chờ · 0 lỗi · 0 đã dừng");
        int groups = demoWard(BACH_DANG).groups();
        browser.await()
                .until(b -> b.findElements(By.cssSelector("#groups tbody tr")).size() == groups);
        assertThat(browser.find(By.id("groups")).isDisplayed()).isTrue();
        assertThat(groupNames())
                .as("the groups in the order a person reads them")
                .containsExactly(numbered(groups));
        assertDrill("console-drill-4-live.png");
        String drillPage = browser.driver().getCurrentUrl();
        String drillCode = browser.find(By.cssSelector(".facts code")).getText();

        click(By.id("update"));
        assertDrill("console-drill-5-update.png");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Cập nhật cảnh báo đã phát");
        browser.get(drillPage);

        click(By.id("cancel"));
        assertDrill("console-drill-6-cancel-confirm.png");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Xác nhận hủy cảnh báo");
        assertThat(browser.find(By.className("audience")).getText())
                .contains("Phường Bạch Đằng: " + RESIDENTS + " người")
                .contains("SMS: " + RESIDENTS + " người")
                .contains("Loa truyền thanh:");
        assertThat(browser.find(By.id("which")).getText())
                .contains("[DIỄN TẬP]")
                .contains("Mã tin " + drillCode);
        assertThat(browser.find(By.id("sms-text")).getText())
                .startsWith("[DIỄN TẬP] HỦY CẢNH BÁO BÃO: Tin cảnh báo bão mã " + drillCode + " phát lúc ")
                .contains("đã được hủy");
        click(By.id("confirm-cancel"));

        browser.await().until(b -> b.findElement(By.id("headline")).isDisplayed());
        assertDrill("console-drill-7-cancel-sent.png");
        assertThat(inboxStanding(drillPage)).isEqualTo("Đã hủy");
        browser.screenshot("console-drill-8-inbox.png");
    }

    @Test
    void aRealWarningNeverLooksLikeADrillAndItsCorrectionIsConfirmedFirst() {
        signIn("officer.bachdang");
        click(By.linkText("Soạn cảnh báo thật"));
        assertReal("console-real-1-compose.png");
        click(By.linkText("Ngập lụt"));
        click(By.cssSelector("input[name=riskLevel][value='3']"));
        WebElement headline = browser.find(By.id("headline"));
        headline.clear();
        headline.sendKeys("Hồ chứa xả lũ, nước sông Cấm dâng nhanh trong 2 giờ tới");
        click(By.id("preview"));

        browser.await().until(b -> b.findElement(By.id("sms-text")));
        assertReal("console-real-2-preview.png");
        assertThat(browser.find(By.id("sms-text")).getText())
                .startsWith("CẢNH BÁO NGẬP LỤT: Hồ chứa xả lũ, nước sông Cấm dâng nhanh trong 2 giờ tới.")
                .contains("Cấp độ rủi ro 3")
                .doesNotContain("DIỄN TẬP");
        // Every phone in the ward's cells shows the broadcast page by page, with diacritics (UCS-2, 41 a page).
        String pageCount = browser.find(By.id("cell-broadcast-pages")).getText();
        assertThat(pageCount).matches("\\d+ trang \\(Unicode, có dấu\\), hiện trên mọi điện thoại .*");
        List<WebElement> pages = browser.driver().findElements(By.cssSelector("#cell-broadcast ol.pages li"));
        assertThat(pages).hasSize(Integer.parseInt(pageCount.substring(0, pageCount.indexOf(' '))));
        assertThat(pages.getFirst().getText()).isEqualTo("CẢNH BÁO NGẬP LỤT: Hồ chứa xả lũ, nước sô");
        assertThat(pages).allSatisfy(page -> assertThat(page.getText()).hasSizeLessThanOrEqualTo(41));
        assertThat(String.join("", pages.stream().map(WebElement::getText).toList()))
                .contains("Cấp độ rủi ro 3");
        assertThat(browser.has(By.id("cell-broadcast-none"))).isFalse();

        click(By.id("to-confirm"));
        assertReal("console-real-3-confirm.png");
        assertThat(browser.text()).contains("Đây là cảnh báo THẬT");
        assertThat(browser.find(By.id("confirm-cells")).getText()).isEqualTo("Tin quảng bá: 6 ô phủ sóng");
        assertThat(browser.find(By.id("issue")).getText()).isEqualTo("Phát cảnh báo ngay");
        assertThat(browser.css(By.id("issue"), "background-color")).isEqualTo(RED);
        click(By.id("issue"));

        browser.await().until(b -> b.findElements(By.id("correct")).size() == 1);
        // The live view fills in the planned messages without a reload; the screenshot shows them.
        browser.await()
                .until(b -> !b.findElement(By.id("total-dispatches")).getText().equals("0"));
        assertReal("console-real-4-live.png");
        String originalPage = browser.driver().getCurrentUrl();
        String code = browser.find(By.cssSelector(".facts code")).getText();

        browser.find(By.name("correction")).sendKeys("Không có xả lũ, người dân sinh hoạt bình thường.");
        click(By.id("correct"));
        assertReal("console-real-5-correction-confirm.png");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Xác nhận hủy và gửi đính chính");
        assertThat(browser.find(By.id("cancel-warning")).getText()).contains("NHẦM LẪN");
        assertThat(browser.find(By.className("audience")).getText())
                .contains("Phường Bạch Đằng: " + RESIDENTS + " người");
        assertThat(browser.find(By.id("which")).getText()).contains("Mã tin " + code);
        // What the same people will read, before it goes: the earlier warning named a mistake, not repeated.
        assertThat(browser.find(By.id("sms-text")).getText())
                .startsWith("ĐÍNH CHÍNH CẢNH BÁO NGẬP LỤT: Tin cảnh báo ngập lụt mã " + code + " phát lúc ")
                .contains("là nhầm lẫn. Không có xả lũ, người dân sinh hoạt bình thường.")
                .doesNotContain("Hồ chứa xả lũ")
                .doesNotContain("Cấp độ rủi ro");
        assertThat(browser.find(By.cssSelector(".card.loudspeaker pre")).getText())
                .startsWith("Đính chính cảnh báo ngập lụt.")
                .doesNotContain("Hồ chứa xả lũ");
        // Nothing has gone yet: the original is still live until the officer confirms.
        browser.get(originalPage);
        assertThat(browser.has(By.id("correct"))).isTrue();
        browser.find(By.name("correction")).sendKeys("Không có xả lũ, người dân sinh hoạt bình thường.");
        click(By.id("correct"));
        click(By.id("confirm-correction"));

        browser.await()
                .until(b -> !b.getCurrentUrl().equals(originalPage)
                        && b.getCurrentUrl().contains("/alerts/"));
        assertReal("console-real-6-correction-sent.png");
        assertThat(inboxStanding(originalPage)).isEqualTo("Đã hủy, đã đính chính");
        browser.screenshot("console-real-7-inbox.png");
        browser.get(url("/console/wards/" + BACH_DANG));
        assertThat(standingOn(originalPage)).isEqualTo("Đã hủy, đã đính chính");

        browser.get(originalPage + "/report");
        String report = browser.text();
        assertThat(report)
                .contains("Cảnh báo thật")
                .contains("Loa truyền thanh")
                .contains("Tin quảng bá di động");
        assertThat(report)
                .doesNotContain("ACTUAL")
                .doesNotContain("handed over")
                .doesNotContain("LOUDSPEAKER")
                .doesNotContain("CELL_BROADCAST");
        assertThat(report).contains("Hủy và đính chính").containsPattern("Tin gửi đi: mã [A-Z0-9]{6}");
        browser.screenshot("console-real-8-report.png");

        click(By.cssSelector("form[action$='/logout'] button"));
        browser.await().until(b -> b.getCurrentUrl().contains("/login"));
        assertThat(browser.text()).contains("Đã đăng xuất.").doesNotContain("hết hạn");
    }

    @Test
    void aRealWarningInATwoPersonWardShowsItIsWaitingForApprovalAtEveryStep() {
        signIn("officer.caominh");
        browser.get(url("/console/alerts/new?ward=" + CAO_MINH + "&hazard=LU_QUET"));
        click(By.cssSelector("input[name=riskLevel][value='4']"));
        click(By.id("preview"));

        browser.await().until(b -> b.findElement(By.id("state")));
        String draftPage = browser.driver().getCurrentUrl();
        assertThat(browser.find(By.id("state")).getText()).isEqualTo("Chờ duyệt");
        assertThat(browser.find(By.id("approval")).getText()).contains("Đang chờ duyệt");
        assertThat(browser.has(By.id("to-confirm")))
                .as("no way to issue before approval")
                .isFalse();
        browser.screenshot("console-approval-1-author-waits.png");
        browser.get(draftPage + "/confirm");
        assertThat(browser.has(By.id("issue"))).isFalse();
        assertThat(browser.find(By.id("approval")).getText()).contains("Đang chờ duyệt");
        signOut();

        signIn("approver.caominh");
        assertThat(inboxStanding(draftPage)).isEqualTo("Chờ bạn duyệt");
        browser.screenshot("console-approval-2-approver-inbox.png");
        browser.get(draftPage);
        assertThat(browser.find(By.id("state")).getText()).isEqualTo("Chờ bạn duyệt");
        click(By.id("approve"));
        browser.await().until(b -> b.findElement(By.id("state")).getText().equals("Đã duyệt, chờ phát"));
        assertThat(browser.has(By.id("approve")))
                .as("approved once is approved")
                .isFalse();
        assertThat(browser.find(By.id("approval")).getText()).contains("approver.caominh");
        browser.screenshot("console-approval-3-approved.png");
        signOut();

        signIn("officer.caominh");
        browser.get(draftPage);
        click(By.id("to-confirm"));
        click(By.id("issue"));
        browser.await().until(b -> b.findElement(By.id("state")).getText().matches("Đang phát|Đã phát"));
        browser.screenshot("console-approval-4-issued.png");
    }

    @Test
    void aProviderOutageShowsWhatWaitsUntilTheProviderIsBack() throws Exception {
        policies.save(new WardPolicy(GIANG_VO, true, false, false));
        String phone = "+84985000001";
        recipients.addAll(List.of(new Recipient(
                UUID.randomUUID(),
                GIANG_VO,
                null,
                "Vũ Thị Hoa",
                phone,
                RecipientRole.RESIDENT,
                false,
                "vi",
                null,
                null,
                List.of(Channel.SMS))));
        twilio.failNext(1_000_000, List.of(phone));
        String alertId = accept(TestBulletin.forWard(GIANG_VO)
                        .expires(OffsetDateTime.now(ZoneOffset.ofHours(7)).plusHours(2)))
                .get("alertIds")
                .get(0)
                .asString();

        signIn("admin");
        browser.get(url("/console/alerts/" + alertId));
        browser.await().until(b -> b.findElement(By.id("waiting-SMS")).isDisplayed());
        assertThat(browser.find(By.id("waiting-SMS")).getText())
                .startsWith("1 tin đang chờ gửi lại vì nhà cung cấp đang lỗi, từ ")
                .contains("canhbao thử lại đến khi cảnh báo hết hiệu lực lúc ")
                .endsWith("người có kênh khác được gửi thêm qua kênh đó.");
        assertThat(browser.css(By.id("waiting-SMS"), "background-color")).isEqualTo(AMBER);
        assertThat(browser.find(By.id("counts-SMS")).getText())
                .isEqualTo("0/1 đã chuyển · 1 đang chờ · 0 lỗi · 0 đã dừng");
        assertThat(browser.find(By.id("waiting-ZALO")).isDisplayed()).isFalse();
        browser.screenshot("console-outage-1-waiting.png");

        twilio.reset();

        // Not reloaded: the live view clears the line once the provider takes the message.
        browser.await().until(b -> !b.findElement(By.id("waiting-SMS")).isDisplayed());
        browser.await().until(b -> b.findElement(By.id("counts-SMS"))
                .getText()
                .equals("1/1 đã chuyển · 0 đang chờ · 0 lỗi · 0 đã dừng"));
        browser.screenshot("console-outage-2-recovered.png");
    }

    private void signIn(String user) {
        browser.get(url("/console"));
        browser.await().until(b -> b.getCurrentUrl().endsWith("/login"));
        browser.find(By.id("username")).sendKeys(user);
        browser.find(By.id("password")).sendKeys(OFFICER_PASSWORD);
        click(By.id("login"));
        browser.await().until(b -> b.getCurrentUrl().contains("/console"));
    }

    private void signOut() {
        click(By.cssSelector("form[action$='/logout'] button"));
        browser.await().until(b -> b.getCurrentUrl().contains("/login"));
    }

    /** Clicks the element once the page shows it: after a form was submitted, the next page may still be loading. */
    private void click(By by) {
        browser.await().until(b -> b.findElement(by)).click();
    }

    /** The page of a drill: the violet banner, the striped frame, no word of a real warning. */
    private void assertDrill(String screenshot) {
        browser.await()
                .until(b -> !b.findElements(By.className("exercise-banner")).isEmpty());
        assertThat(browser.find(By.className("exercise-banner")).getText()).isEqualTo(DRILL_BANNER);
        assertThat(browser.css(By.className("exercise-banner"), "background-color"))
                .isEqualTo(VIOLET);
        assertThat(browser.find(By.tagName("body")).getAttribute("class")).isEqualTo("exercise");
        browser.screenshot(screenshot);
    }

    /** The page of a real warning: no drill banner, no drill word anywhere. */
    private void assertReal(String screenshot) {
        browser.await()
                .until(b -> "real".equals(b.findElement(By.tagName("body")).getAttribute("class")));
        assertThat(browser.has(By.className("exercise-banner"))).isFalse();
        assertThat(browser.text()).doesNotContain("DIỄN TẬP");
        browser.screenshot(screenshot);
    }

    /** What the inbox says of an alert, by the address of its page. */
    private String inboxStanding(String alertPage) {
        browser.get(url("/console"));
        return standingOn(alertPage);
    }

    /** What the table of alerts on this page says of an alert, by the address of its page. */
    private String standingOn(String alertPage) {
        String path = alertPage.substring(alertPage.indexOf("/console/"));
        return browser.driver().findElements(By.cssSelector("table.alerts tbody tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector("a[href='" + path + "']"))
                        .isEmpty())
                .findFirst()
                .map(r -> r.findElement(By.className("standing")).getText())
                .orElseThrow(() -> new AssertionError("no alert " + path + " in the table"));
    }

    private List<String> groupNames() {
        return browser.driver().findElements(By.cssSelector("#groups tbody tr td:first-child")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String[] numbered(int groups) {
        String[] names = new String[groups];
        for (int i = 0; i < groups; i++) {
            names[i] = "Tổ dân phố số " + (i + 1);
        }
        return names;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
