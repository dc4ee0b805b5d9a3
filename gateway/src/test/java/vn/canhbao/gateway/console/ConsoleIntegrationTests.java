package vn.canhbao.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;

/**
 * The duty officer's console through HTTP as a browser uses it: sign in, compose from a template, preview, confirm,
 * issue, correct; the two-person rule, ward scoping and CSRF hold on the console as on the API.
 */
class ConsoleIntegrationTests extends GatewayIntegrationTest {

    @Test
    void anOfficerIssuesAnExerciseFromATemplateAndEveryoneGetsIt() throws Exception {
        ConsoleSession console = ConsoleSession.signIn(port, "officer.bachdang", OFFICER_PASSWORD);

        HttpResponse<String> compose = console.get("/console/exercises/new?ward=" + BACH_DANG + "&hazard=BAO");
        assertThat(compose.body())
                .contains("DIỄN TẬP — KHÔNG PHẢI CẢNH BÁO THẬT")
                .contains("Bão sắp ảnh hưởng trực tiếp đến Phường Bạch Đằng")
                .contains("Chằng chống nhà cửa");

        HttpResponse<String> drafted = console.post(
                "/console/exercises",
                Map.of(
                        "ward", BACH_DANG,
                        "hazard", "BAO",
                        "riskLevel", "4",
                        "headline", "Bão sắp ảnh hưởng trực tiếp đến Phường Bạch Đằng",
                        "instruction", "Chằng chống nhà cửa, tàu thuyền vào nơi tránh trú."));
        assertThat(drafted.statusCode()).isEqualTo(302);
        String alertPage = ConsoleSession.location(drafted);
        String alertId = alertPage.substring(alertPage.lastIndexOf('/') + 1);

        HttpResponse<String> preview = console.get(alertPage);
        assertThat(preview.body())
                .contains("[DIỄN TẬP] CẢNH BÁO BÃO")
                .contains("Đây là tin diễn tập.")
                .contains("Bản nháp, chưa phát")
                .containsPattern("\\d tin nhắn \\(Unicode, có dấu\\)")
                .containsPattern("\\d tin nhắn \\(GSM 7-bit\\)")
                // #14: which SMS the ward sends, and why.
                .containsPattern("Gửi bản có dấu: vừa \\d tin nhắn, trong mức 3 của Phường Bạch Đằng\\.");
        HttpResponse<String> confirm = console.get(alertPage + "/confirm");
        assertThat(confirm.body())
                .contains("Phường Bạch Đằng: " + RESIDENTS + " người")
                .contains("SMS: " + RESIDENTS + " người")
                .contains("Phát tin diễn tập");

        HttpResponse<String> issued = console.post(alertPage + "/issue", Map.of());
        assertThat(issued.statusCode()).isEqualTo(302);
        JsonNode progress = awaitAllHandedOver(alertId, BACH_DANG);
        assertThat(progress.get("groupsReached").asInt())
                .isEqualTo(demoWard(BACH_DANG).groups());
        String code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
        twilio.acceptedBodiesTo(demoPhone(0)).stream()
                .filter(b -> b.contains(code))
                .forEach(b -> assertThat(b).startsWith("[DIỄN TẬP]"));

        HttpResponse<String> live = console.get(alertPage + "/progress");
        assertThat(live.body())
                .contains("\"handedOver\":" + progress.get("handedOver").asInt());
    }

    @Test
    void aRealAlertInATwoPersonWardWaitsForAnotherApproverAndTheConsoleSaysWhy() throws Exception {
        ConsoleSession author = ConsoleSession.signIn(port, "officer.caominh", OFFICER_PASSWORD);
        author.get("/console/alerts/new?ward=" + CAO_MINH + "&hazard=LU_QUET");
        String alertPage = ConsoleSession.location(author.post(
                "/console/alerts",
                Map.of(
                        "ward", CAO_MINH,
                        "hazard", "LU_QUET",
                        "riskLevel", "4",
                        "headline", "Nguy cơ lũ quét tại Xã Cao Minh",
                        "instruction", "Rời ngay khỏi ven suối.")));
        author.get(alertPage + "/confirm");

        HttpResponse<String> refused = author.post(alertPage + "/issue", Map.of());

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("cảnh báo thật phải được một người duyệt khác duyệt trước khi phát");

        ConsoleSession approver = ConsoleSession.signIn(port, "approver.caominh", OFFICER_PASSWORD);
        assertThat(approver.get(alertPage).body()).contains("id=\"approve\"");
        assertThat(approver.post(alertPage + "/approve", Map.of()).statusCode()).isEqualTo(302);
        author.get(alertPage + "/confirm");
        assertThat(author.post(alertPage + "/issue", Map.of()).statusCode()).isEqualTo(302);

        String alertId = alertPage.substring(alertPage.lastIndexOf('/') + 1);
        JsonNode alert = getJson("/api/v1/alerts/" + alertId);
        assertThat(alert.get("createdBy").asString()).isEqualTo("officer.caominh");
        assertThat(alert.get("approvedBy").asString()).isEqualTo("approver.caominh");
        assertThat(alert.get("issuedBy").asString()).isEqualTo("officer.caominh");
    }

    @Test
    void aFalseAlarmIsCancelledAndCorrectedToTheSamePeopleInOneStep() throws Exception {
        ConsoleSession console = ConsoleSession.signIn(port, "officer.bachdang", OFFICER_PASSWORD);
        console.get("/console/alerts/new?ward=" + BACH_DANG);
        String alertPage = ConsoleSession.location(console.post(
                "/console/alerts",
                Map.of(
                        "ward", BACH_DANG,
                        "hazard", "NGAP_LUT",
                        "riskLevel", "3",
                        "headline", "Nguy cơ ngập lụt tại Phường Bạch Đằng",
                        "instruction", "Kê cao đồ đạc.")));
        console.get(alertPage + "/confirm");
        console.post(alertPage + "/issue", Map.of());
        String alertId = alertPage.substring(alertPage.lastIndexOf('/') + 1);
        awaitAllHandedOver(alertId, BACH_DANG);

        HttpResponse<String> updateForm = console.get(alertPage + "/update");
        assertThat(updateForm.statusCode()).isEqualTo(200);
        assertThat(updateForm.body())
                .contains("Cập nhật cảnh báo đã phát")
                .contains("value=\"Nguy cơ ngập lụt tại Phường Bạch Đằng\"");
        console.get(alertPage);
        HttpResponse<String> corrected = console.post(
                alertPage + "/correction", Map.of("correction", "Không có ngập lụt, sinh hoạt bình thường."));

        assertThat(corrected.statusCode()).isEqualTo(302);
        String cancelId = ConsoleSession.location(corrected)
                .substring(ConsoleSession.location(corrected).lastIndexOf('/') + 1);
        JsonNode cancel = getJson("/api/v1/alerts/" + cancelId);
        assertThat(cancel.get("msgType").asString()).isEqualTo("Cancel");
        assertThat(cancel.get("references").get(0).asString()).isEqualTo(alertId);
        awaitAllHandedOver(cancelId, BACH_DANG);
        String code = cancel.get("shortCode").asString();
        assertThat(twilio.acceptedBodiesTo(demoPhone(5)).stream().filter(b -> b.contains(code)))
                .singleElement()
                .satisfies(b -> assertThat(b).contains("ĐÍNH CHÍNH").contains("Không có ngập lụt"));
        assertThat(console.get(alertPage).body())
                .contains("Cảnh báo này đã bị hủy.")
                .doesNotContain("id=\"correct\"");
    }

    @Test
    void anOfficerCannotOpenAnotherWardsAlertsOrPages() throws Exception {
        ConsoleSession caoMinh = ConsoleSession.signIn(port, "officer.caominh", OFFICER_PASSWORD);

        HttpResponse<String> own = caoMinh.get("/console/wards/" + CAO_MINH);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Lịch sử cảnh báo").contains("Cảnh báo thật cần người thứ hai duyệt");
        assertThat(caoMinh.get("/console/wards/" + BACH_DANG).statusCode()).isEqualTo(403);
        assertThat(caoMinh.get("/console/wards/99999").statusCode()).isEqualTo(404);
        assertThat(caoMinh.get("/console/alerts/new?ward=" + BACH_DANG).statusCode())
                .isEqualTo(403);
        HttpResponse<String> compose = caoMinh.get("/console/alerts/new?ward=" + CAO_MINH);
        assertThat(compose.body()).doesNotContain("value=\"" + BACH_DANG + "\"");
        HttpResponse<String> forged = caoMinh.post(
                "/console/alerts",
                Map.of(
                        "ward", BACH_DANG,
                        "hazard", "BAO",
                        "riskLevel", "3",
                        "headline", "Không phải xã của tôi",
                        "instruction", "Không được phát."));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Bạn không phụ trách xã/phường này");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefusedAndSigningInIsRequired() throws Exception {
        ConsoleSession anonymous = new ConsoleSession(port);
        HttpResponse<String> inbox = anonymous.get("/console");
        assertThat(inbox.statusCode()).isEqualTo(302);
        assertThat(ConsoleSession.location(inbox)).isEqualTo("/login");

        ConsoleSession console = ConsoleSession.signIn(port, "officer.bachdang", OFFICER_PASSWORD);
        console.get("/console");
        HttpResponse<String> forged = console.postWithoutToken(
                "/console/exercises",
                Map.of("ward", BACH_DANG, "hazard", "BAO", "riskLevel", "2", "headline", "x", "instruction", "y"));
        assertThat(forged.statusCode()).isEqualTo(403);

        ConsoleSession wrong = new ConsoleSession(port);
        wrong.get("/login");
        HttpResponse<String> refused =
                wrong.post("/login", Map.of("username", "officer.bachdang", "password", "not-the-password"));
        assertThat(ConsoleSession.location(refused)).isEqualTo("/login");
    }

    @Test
    void theConsoleSpeaksEnglishOnRequestAndRemembersIt() throws Exception {
        ConsoleSession console = ConsoleSession.signIn(port, "officer.bachdang", OFFICER_PASSWORD);

        assertThat(console.get("/console?lang=en").body())
                .contains("Warnings inbox")
                .contains("Write an exercise");
        assertThat(console.get("/console").body()).contains("Warnings inbox");
        assertThat(console.get("/console?lang=vi").body()).contains("Hộp tin cảnh báo");
    }

    @Test
    void anIncompleteFormComesBackWithWhatToFixAndNothingIsStored() throws Exception {
        ConsoleSession console = ConsoleSession.signIn(port, "officer.bachdang", OFFICER_PASSWORD);
        int before = getJson("/api/v1/alerts?ward=" + BACH_DANG + "&limit=500").size();
        console.get("/console/alerts/new?ward=" + BACH_DANG);

        HttpResponse<String> answer =
                console.post("/console/alerts", Map.of("ward", BACH_DANG, "hazard", "BAO", "headline", "Bão số 3"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Hãy sửa các ô được đánh dấu đỏ.").contains("value=\"Bão số 3\"");
        assertThat(getJson("/api/v1/alerts?ward=" + BACH_DANG + "&limit=500").size())
                .isEqualTo(before);
    }

    @Test
    void anOfficerWritesAWarningFromAnUpstreamBulletin() throws Exception {
        String alertId = accept(
                        vn.canhbao.gateway.TestBulletin.forWard(CAO_MINH).status("Exercise"))
                .get("alertIds")
                .get(0)
                .asString();
        ConsoleSession console = ConsoleSession.signIn(port, "officer.caominh", OFFICER_PASSWORD);

        assertThat(console.get("/console").body()).contains("Bản tin cấp trên");
        HttpResponse<String> page = console.get("/console/alerts/" + alertId);
        assertThat(page.body()).contains("id=\"compose-from\"");
        HttpResponse<String> compose = console.get("/console/alerts/new?from=" + alertId);
        String headline = getJson("/api/v1/alerts/" + alertId).get("headline").asString();
        assertThat(compose.body()).contains("value=\"" + headline + "\"").contains("Soạn cảnh báo thật");
    }

    @Test
    void anOfficerKeepsTheWardsLoudspeakerClustersOnItsPage() throws Exception {
        ConsoleSession admin = ConsoleSession.signIn(port, "admin", OFFICER_PASSWORD);
        admin.get("/console/wards/00070");

        HttpResponse<String> nameless =
                admin.post("/console/wards/00070/clusters", Map.of("name", "", "vendorClusterId", "loa-00070-1"));
        assertThat(nameless.statusCode()).isEqualTo(200);
        assertThat(nameless.body()).contains("Hãy điền tên cụm loa");

        HttpResponse<String> added = admin.post(
                "/console/wards/00070/clusters",
                Map.of("name", "Cụm loa nhà văn hóa", "vendorClusterId", "loa-00070-1"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(admin.get("/console/wards/00070").body())
                .contains("value=\"Cụm loa nhà văn hóa\"")
                .contains("value=\"loa-00070-1\"");
    }

    private static String demoPhone(int index) {
        return vn.canhbao.gateway.local.DemoWards.phone(demoWard(BACH_DANG), index);
    }
}
