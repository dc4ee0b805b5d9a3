package vn.canhbao.gateway.ack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.HeadlessBrowser;
import vn.canhbao.gateway.local.DemoWards;

/**
 * The leader's confirmation page {@code /n/{token}} on a phone (390×844), opened from the link their SMS ends with:
 * the warning, one button, and the thanks once pressed; a drill says so in the violet banner the console uses, a real
 * warning never does. Screenshots in {@code target/browser/}.
 */
@EnabledIf("vn.canhbao.gateway.HeadlessBrowser#available")
class LeaderPageBrowserTests extends GatewayIntegrationTest {

    private static final String GREEN = "rgba(232, 245, 233, 1)";
    private static final String VIOLET = "rgba(91, 42, 158, 1)";

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
    void aLeaderConfirmsARealWarningWithTheButton() throws Exception {
        String alertId = issue(BACH_DANG, "officer.bachdang", "ACTUAL", "Ngập sâu 0,5 m tại các tuyến phố ven sông");
        openLinkOfLeader(BACH_DANG, alertId);

        assertThat(phone.text())
                .contains("Xác nhận đã nhận cảnh báo")
                .contains("Ngập sâu 0,5 m tại các tuyến phố ven sông")
                .contains("Phường Bạch Đằng")
                .doesNotContain("DIỄN TẬP");
        assertThat(phone.find(By.id("confirm")).getText()).isEqualTo("Tôi đã nhận cảnh báo");
        phone.screenshot("public-n-real-ask.png");

        phone.find(By.id("confirm")).click();
        phone.await().until(d -> !d.findElements(By.id("done")).isEmpty());
        assertThat(phone.find(By.id("done")).getText())
                .startsWith("Đã ghi nhận xác nhận của ")
                .endsWith("Hãy báo ngay cho bà con trong tổ, thôn.");
        assertThat(phone.css(By.id("done"), "background-color")).isEqualTo(GREEN);
        assertThat(phone.has(By.id("confirm"))).as("nothing left to press").isFalse();
        phone.screenshot("public-n-real-done.png");
    }

    @Test
    void aDrillsPageSaysItIsADrill() throws Exception {
        String alertId = issue(BACH_DANG, "officer.bachdang", "EXERCISE", "Ngập sâu tại các tuyến phố ven sông");
        openLinkOfLeader(BACH_DANG, alertId);

        assertThat(phone.find(By.className("drill-banner")).getText()).isEqualTo("DIỄN TẬP — KHÔNG PHẢI CẢNH BÁO THẬT");
        assertThat(phone.css(By.className("drill-banner"), "background-color")).isEqualTo(VIOLET);
        phone.screenshot("public-n-drill-ask.png");
    }

    private String issue(String ward, String officer, String status, String headline) throws Exception {
        var draft = asOfficer(
                officer,
                "POST",
                "/api/v1/alerts",
                "{\"wards\":[\"" + ward + "\"],\"hazard\":\"NGAP_LUT\",\"riskLevel\":2,\"status\":\"" + status
                        + "\",\"headline\":\"" + headline + "\",\"instruction\":\"Hạn chế ra đường, kê cao đồ đạc.\"}");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        String id = json.readTree(draft.body()).get("id").asString();
        var issued = asOfficer(officer, "POST", "/api/v1/alerts/" + id + "/issue", null);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(202);
        awaitAllHandedOver(id, ward);
        return id;
    }

    /** Opens, in the phone's browser, the link that ends the first leader's SMS of the alert. */
    private void openLinkOfLeader(String ward, String alertId) throws Exception {
        JsonNode alert = getJson("/api/v1/alerts/" + alertId);
        String sms = awaitSmsWith(
                DemoWards.phone(demoWard(ward), 0), alert.get("shortCode").asString());
        assertThat(sms).contains("Đã nhận, bấm: ");
        phone.get("http://localhost:" + port + confirmationPath(sms));
    }
}
