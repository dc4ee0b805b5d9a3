package vn.canhbao.gateway.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.canhbao.channels.simulator.FcmSimulator;
import vn.canhbao.channels.simulator.LoudspeakerSimulator;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.console.ConsoleSession;
import vn.canhbao.gateway.local.DemoWards;

/** OfficerRepository write, approve, issue and cancel alerts for their own wards only, with a second person where required. */
class OfficerAlertsIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    FcmSimulator fcm;

    @Autowired
    LoudspeakerSimulator loudspeakers;

    @Autowired
    AlertService service;

    @Autowired
    AlertPreviews previews;

    @Autowired
    AlertRepository alerts;

    @Autowired
    JdbcTemplate jdbc;

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static String draft(String ward, String status) {
        return """
                {"wards":["%s"],"hazard":"SAT_LO_DAT","riskLevel":3,"status":"%s",
                 "headline":"Nguy cơ sạt lở đất ở sườn đồi phía Tây","instruction":"Các hộ dưới chân đồi sơ tán ngay đến nhà văn hóa."}
                """.formatted(ward, status);
    }

    @Test
    void officerOfOneWardCanNeitherSeeNorIssueForAnother() throws Exception {
        HttpResponse<String> created =
                asOfficer("officer.caominh", "POST", "/api/v1/alerts", draft(CAO_MINH, "EXERCISE"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asString();

        assertThat(asOfficer("officer.bachdang", "GET", "/api/v1/alerts/" + id, null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(asOfficer("officer.bachdang", "POST", "/api/v1/alerts/" + id + "/issue", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(asOfficer("officer.bachdang", "POST", "/api/v1/alerts", draft(CAO_MINH, "ACTUAL"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(asOfficer("officer.caominh", "GET", "/api/v1/alerts/" + id, null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void realAlertInATwoPersonWardWaitsForAnotherPersonsApproval() throws Exception {
        String id = json.readTree(asOfficer("officer.caominh", "POST", "/api/v1/alerts", draft(CAO_MINH, "ACTUAL"))
                        .body())
                .get("id")
                .asString();

        HttpResponse<String> alone = asOfficer("officer.caominh", "POST", "/api/v1/alerts/" + id + "/issue", null);
        assertThat(alone.statusCode()).isEqualTo(409);
        assertThat(json.readTree(alone.body()).get("detail").asString()).contains("second person");
        assertThat(asOfficer("officer.caominh", "POST", "/api/v1/alerts/" + id + "/approve", null)
                        .statusCode())
                .as("an officer is not an approver")
                .isEqualTo(403);
        assertThat(asOfficer("approver.caominh", "POST", "/api/v1/alerts/" + id + "/approve", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(asOfficer("officer.caominh", "POST", "/api/v1/alerts/" + id + "/issue", null)
                        .statusCode())
                .isEqualTo(202);

        awaitAllHandedOver(id, CAO_MINH);
        JsonNode alert = json.readTree(asOfficer("officer.caominh", "GET", "/api/v1/alerts/" + id, null)
                .body());
        assertThat(alert.get("createdBy").asString()).isEqualTo("officer.caominh");
        assertThat(alert.get("approvedBy").asString()).isEqualTo("approver.caominh");
        assertThat(alert.get("issuedBy").asString()).isEqualTo("officer.caominh");
        JsonNode audit = json.readTree(
                asOfficer("admin", "GET", "/api/v1/audit?limit=200", null).body());
        List<String> trail = new ArrayList<>();
        audit.forEach(e -> {
            if (id.equals(e.get("subject").asString())) {
                trail.add(e.get("action").asString() + " by " + e.get("actor").asString());
            }
        });
        assertThat(trail)
                .contains(
                        "alert.drafted by officer.caominh",
                        "alert.approved by approver.caominh",
                        "alert.issued by officer.caominh");
        assertThat(asOfficer("officer.caominh", "GET", "/api/v1/audit", null).statusCode())
                .as("only an administrator reads the audit log")
                .isEqualTo(403);
    }

    @Test
    void messagesCarryTheTimeOfIssueNotTheTimeTheDraftWasWritten() throws Exception { // #14, finding 3
        String id = json.readTree(asOfficer("officer.bachdang", "POST", "/api/v1/alerts", draft(BACH_DANG, "EXERCISE"))
                        .body())
                .get("id")
                .asString();
        // The draft was written two hours before it is issued, as a ward prepares one before the storm.
        OffsetDateTime written = OffsetDateTime.now(VIETNAM).minusHours(2).withNano(0);
        jdbc.update("update alert set sent = ?, created_at = ? where id = ?", written, written, UUID.fromString(id));

        assertThat(asOfficer("officer.bachdang", "POST", "/api/v1/alerts/" + id + "/issue", null)
                        .statusCode())
                .isEqualTo(202);
        awaitAllHandedOver(id, BACH_DANG);

        JsonNode issued = getJson("/api/v1/alerts/" + id);
        String code = issued.get("shortCode").asString();
        OffsetDateTime issuedAt = OffsetDateTime.parse(issued.get("issuedAt").asString());
        String time = DateTimeFormatter.ofPattern("HH:mm dd/MM").format(issuedAt.atZoneSameInstant(VIETNAM));
        String draftTime = DateTimeFormatter.ofPattern("HH:mm dd/MM").format(written);
        assertThat(twilio.acceptedBodiesTo(DemoWards.phone(demoWard(BACH_DANG), 0)))
                .filteredOn(b -> b.contains("Mã tin " + code))
                .singleElement()
                .satisfies(b -> assertThat(b).contains("phát lúc " + time).doesNotContain(draftTime));
        assertThat(OffsetDateTime.parse(getJson("/api/v1/verify/" + code)
                                .get("issuedAt")
                                .asString())
                        .toInstant())
                .isEqualTo(issuedAt.toInstant());
    }

    @Test
    void exerciseStartsWithDienTapOnEveryChannel() throws Exception {
        String id = json.readTree(asOfficer("officer.bachdang", "POST", "/api/v1/alerts", draft(BACH_DANG, "EXERCISE"))
                        .body())
                .get("id")
                .asString();
        assertThat(asOfficer("officer.bachdang", "POST", "/api/v1/alerts/" + id + "/issue", null)
                        .statusCode())
                .isEqualTo(202);
        awaitAllHandedOver(id, BACH_DANG);

        String code = getJson("/api/v1/alerts/" + id).get("shortCode").asString();
        DemoWards.DemoWard demo = demoWard(BACH_DANG);
        for (int i = 0; i < RESIDENTS; i++) {
            String phone = DemoWards.phone(demo, i);
            assertThat(twilio.acceptedBodiesTo(phone))
                    .filteredOn(b -> b.contains(code))
                    .singleElement()
                    .satisfies(b -> assertThat(b).startsWith("[DIỄN TẬP]"));
            List<String> zaloTexts = new ArrayList<>(zalo.acceptedTextsTo(DemoWards.zaloUserId(demo, i)));
            zaloTexts.addAll(zalo.acceptedTemplateDataTo(phone.substring(1)));
            assertThat(zaloTexts)
                    .filteredOn(t -> t.contains(code))
                    .singleElement()
                    .satisfies(t -> assertThat(t).contains("[DIỄN TẬP]"));
        }
        assertThat(fcm.lastMessageTo("topic:ward-" + BACH_DANG))
                .hasValueSatisfying(message ->
                        assertThat(message).contains("\"title\":\"[DIỄN TẬP]").contains("\"body\":\"[DIỄN TẬP]"));
        for (int c = 1; c <= demo.clusters(); c++) {
            List<String> broadcasts = loudspeakers.broadcastsTo("loa-" + BACH_DANG + "-" + c);
            // Spoken: the drill says so first and last.
            assertThat(broadcasts.getLast()).startsWith("Đây là tin diễn tập.").endsWith("Đây là tin diễn tập.");
        }
    }

    @Test
    void draftWithMissingFieldsIsRefusedWithEveryProblem() throws Exception {
        HttpResponse<String> response =
                asOfficer("officer.caominh", "POST", "/api/v1/alerts", "{\"wards\":[\"01879\"],\"riskLevel\":7}");

        assertThat(response.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json.readTree(response.body())
                .get("errors")
                .forEach(e -> fields.add(e.get("path").asString()));
        assertThat(fields).contains("hazard", "riskLevel", "headline", "instruction", "status");
    }

    @Test
    void wrongPasswordIsRefusedAndAudited() throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString("officer.caominh:wrong".getBytes());
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + port + "/api/v1/alerts/" + java.util.UUID.randomUUID()))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode audit = json.readTree(
                asOfficer("admin", "GET", "/api/v1/audit?limit=50", null).body());
        List<String> failures = new ArrayList<>();
        audit.forEach(e -> {
            if (e.get("action").asString().equals("login.failed")) {
                failures.add(e.get("actor").asString());
            }
        });
        assertThat(failures).contains("officer.caominh");
    }

    /** Over budget with diacritics (4 segments for 3), whole without them (2). */
    private static final String LONG_DRILL = """
            {"wards":["%s"],"hazard":"LU_QUET","riskLevel":3,"status":"EXERCISE",
             "headline":"Nguy cơ lũ quét trên các suối nhỏ tại Phường Bạch Đằng trong 6 giờ tới",
             "instruction":"Người dân ven suối di chuyển ngay đến nơi an toàn, không qua ngầm tràn.",
             "description":"Mưa lớn 100–150 mm trong 24 giờ qua, đất đã bão hòa."}
            """.formatted(BACH_DANG);

    @Test
    void theWardsPolicyDecidesWhichSmsIsSentAndThePreviewSaysSo() throws Exception { // #14
        try {
            setSmsOverBudget("MORE_SEGMENTS");
            JsonNode more = issueAndPreview(LONG_DRILL);
            assertThat(more.get("smsReason").asString()).isEqualTo("OVER_BUDGET_MORE_SEGMENTS");
            assertThat(more.get("smsOverBudget").asBoolean()).isTrue();
            assertThat(more.get("smsWithoutDiacritics").asBoolean()).isFalse();
            String withDiacritics = more.at("/sms/withDiacritics/text").asString();
            assertThat(withDiacritics)
                    .contains("Nguy cơ lũ quét trên các suối nhỏ tại Phường Bạch Đằng trong 6 giờ tới");
            // The first resident leads a group: the SMS ends with a link to confirm.
            assertThat(smsToFirstResident(more)).startsWith(withDiacritics);
            assertThat(more.get("page").asString())
                    .containsPattern("Gửi bản có dấu dài \\d tin nhắn: vượt mức 3 của Phường Bạch Đằng, nhưng Phường"
                            + " Bạch Đằng chọn gửi thêm tin nhắn thay vì bỏ dấu\\.")
                    .containsPattern("Lưu ý: tin nhắn gửi đi dài \\d tin nhắn, vượt mức 3;");

            setSmsOverBudget("WITHOUT_DIACRITICS");
            JsonNode plain = issueAndPreview(LONG_DRILL);
            assertThat(plain.get("smsReason").asString()).isEqualTo("OVER_BUDGET_WITHOUT_DIACRITICS");
            assertThat(plain.get("smsOverBudget").asBoolean()).isFalse();
            assertThat(plain.get("smsWithoutDiacritics").asBoolean()).isTrue();
            assertThat(smsToFirstResident(plain))
                    .startsWith(plain.at("/sms/withoutDiacritics/text").asString())
                    .startsWith("[DIEN TAP] CANH BAO LU QUET: Nguy co lu quet tren cac suoi nho tai Phuong Bach Dang");
            assertThat(plain.get("page").asString())
                    .containsPattern(
                            "Gửi bản không dấu: bản có dấu cần \\d tin nhắn, vượt mức 3 của Phường Bạch Đằng\\.")
                    .doesNotContain("Lưu ý: tin nhắn gửi đi dài");
        } finally {
            setSmsOverBudget("WITHOUT_DIACRITICS");
        }
    }

    @Test
    void aCorrectionNamesTheEarlierWarningAndRepeatsNeitherItsHeadlineNorItsLevel() throws Exception { // #14
        String id = json.readTree(asOfficer("officer.bachdang", "POST", "/api/v1/alerts", draft(BACH_DANG, "EXERCISE"))
                        .body())
                .get("id")
                .asString();
        asOfficer("officer.bachdang", "POST", "/api/v1/alerts/" + id + "/issue", null);
        awaitAllHandedOver(id, BACH_DANG);
        JsonNode original = getJson("/api/v1/alerts/" + id);
        String code = original.get("shortCode").asString();
        ZonedDateTime sent =
                OffsetDateTime.parse(original.get("sent").asString()).atZoneSameInstant(ZoneId.of("Asia/Ho_Chi_Minh"));
        String time = DateTimeFormatter.ofPattern("HH:mm dd/MM").format(sent);
        String fullTime = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").format(sent);

        StoredAlert stored = alerts.require(UUID.fromString(id));
        Alert previewed = service.correctionOf(stored, "Không có sạt lở đất, người dân sinh hoạt bình thường.");
        AlertPreview preview = previews.ofCancel(previewed, stored);
        assertThat(preview.zalo().body()).contains("ĐÍNH CHÍNH CẢNH BÁO SẠT LỞ ĐẤT", "mã " + code, "là nhầm lẫn");
        assertThat(preview.audience().people()).isEqualTo(RESIDENTS);

        HttpResponse<String> corrected = asOfficer(
                "officer.bachdang",
                "POST",
                "/api/v1/alerts/" + id + "/correction",
                "{\"correction\":\"Không có sạt lở đất, người dân sinh hoạt bình thường.\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(202);
        String cancelId = json.readTree(corrected.body()).get("id").asString();
        awaitAllHandedOver(cancelId, BACH_DANG);
        JsonNode cancel = getJson("/api/v1/alerts/" + cancelId);
        assertThat(cancel.get("cancelReason").asString()).isEqualTo("FALSE_ALARM");
        String cancelCode = cancel.get("shortCode").asString();

        DemoWards.DemoWard demo = demoWard(BACH_DANG);
        String phone = DemoWards.phone(demo, 0);
        List<String> texts = new ArrayList<>();
        texts.addAll(twilio.acceptedBodiesTo(phone).stream()
                .filter(b -> b.contains(cancelCode))
                .toList());
        List<String> zaloTexts = new ArrayList<>(zalo.acceptedTextsTo(DemoWards.zaloUserId(demo, 0)));
        zaloTexts.addAll(zalo.acceptedTemplateDataTo(phone.substring(1)));
        texts.addAll(zaloTexts.stream().filter(t -> t.contains(cancelCode)).toList());
        texts.add(fcm.lastMessageTo("topic:ward-" + BACH_DANG).orElseThrow());
        String spoken = loudspeakers.broadcastsTo("loa-" + BACH_DANG + "-1").getLast();
        assertThat(texts).hasSize(3);
        for (String text : texts) {
            assertThat(text)
                    .containsAnyOf("ĐÍNH CHÍNH", "DINH CHINH")
                    .containsAnyOf("mã " + code, "ma " + code)
                    .containsAnyOf(time, fullTime)
                    .containsAnyOf("Không có sạt lở đất", "Khong co sat lo dat")
                    .doesNotContain("Nguy cơ sạt lở", "Nguy co sat lo", "Cấp độ", "Cap do");
        }
        // What the officer previewed is what was sent, but for the new alert's own code and time of issue.
        assertThat(texts.getFirst())
                .startsWith(preview.smsChoice()
                        .sent()
                        .text()
                        .replace(previewed.shortCode(), cancelCode)
                        .replaceAll("phát lúc \\d\\d:\\d\\d \\d\\d/\\d\\d\\.$", ""));
        assertThat(spoken)
                .startsWith("Đây là tin diễn tập.")
                .contains("Đính chính cảnh báo sạt lở đất.", "mã " + String.join(" ", code.split("")), "là nhầm lẫn")
                .doesNotContain("Nguy cơ sạt lở", "cấp độ rủi ro");
    }

    private void setSmsOverBudget(String choice) throws Exception {
        HttpResponse<String> put = asOfficer(
                "admin", "PUT", "/api/v1/wards/" + BACH_DANG + "/policy", "{\"smsOverBudget\":\"" + choice + "\"}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(json.readTree(put.body()).get("smsOverBudget").asString()).isEqualTo(choice);
    }

    /** Drafts, previews and issues an alert; returns the preview with its id, once every dispatch is handed over. */
    private JsonNode issueAndPreview(String draft) throws Exception {
        String id = json.readTree(asOfficer("officer.bachdang", "POST", "/api/v1/alerts", draft)
                        .body())
                .get("id")
                .asString();
        String page = ConsoleSession.signIn(port, "officer.bachdang", OFFICER_PASSWORD)
                .get("/console/alerts/" + id)
                .body();
        asOfficer("officer.bachdang", "POST", "/api/v1/alerts/" + id + "/issue", null);
        awaitAllHandedOver(id, BACH_DANG);
        // Read once issued: a draft's preview carries the time it would have if issued now, which is a minute early
        // when the issue falls into the next minute; an issued alert's carries its time of issue, as the SMS does.
        HttpResponse<String> preview = asOfficer("officer.bachdang", "GET", "/api/v1/alerts/" + id + "/preview", null);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        tools.jackson.databind.node.ObjectNode answer =
                (tools.jackson.databind.node.ObjectNode) json.readTree(preview.body());
        answer.put("code", getJson("/api/v1/alerts/" + id).get("shortCode").asString());
        answer.put("page", page);
        return answer;
    }

    private String smsToFirstResident(JsonNode preview) {
        String code = preview.get("code").asString();
        return twilio.acceptedBodiesTo(DemoWards.phone(demoWard(BACH_DANG), 0)).stream()
                .filter(b -> b.contains(code))
                .findFirst()
                .orElseThrow();
    }
}
