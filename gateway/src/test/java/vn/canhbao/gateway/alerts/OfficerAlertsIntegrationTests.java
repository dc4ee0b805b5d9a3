package vn.canhbao.gateway.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.canhbao.channels.simulator.FcmSimulator;
import vn.canhbao.channels.simulator.LoudspeakerSimulator;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.local.DemoWards;

/** Officers write, approve, issue and cancel alerts for their own wards only, with a second person where required. */
class OfficerAlertsIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    FcmSimulator fcm;

    @Autowired
    LoudspeakerSimulator loudspeakers;

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
}
