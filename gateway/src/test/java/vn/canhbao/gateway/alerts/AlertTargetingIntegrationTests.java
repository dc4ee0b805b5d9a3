package vn.canhbao.gateway.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.canhbao.core.cap.CapMessageType;
import vn.canhbao.core.cap.CapReader;
import vn.canhbao.core.cap.CapValidator;
import vn.canhbao.core.cap.VietnameseCapProfile;
import vn.canhbao.gateway.GatewayIntegrationTest;

/**
 * What the officers' API offers beyond draft/approve/issue/cancel: an alert for some neighbourhood groups only, an
 * update to the same people, the false-alarm correction, the preview, the list and the CAP XML.
 */
class AlertTargetingIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAlertForSomeGroupsReachesOnlyTheirPeopleAndTheirLoudspeakers() throws Exception {
        JsonNode groups =
                json.readTree(asOfficer("officer.bachdang", "GET", "/api/v1/wards/" + BACH_DANG + "/groups", null)
                        .body());
        assertThat(groups.size()).isEqualTo(demoWard(BACH_DANG).groups());
        String group = groups.get(0).get("id").asString();
        int people = groups.get(0).get("people").asInt();
        JsonNode cluster = json.readTree(
                        asOfficer("officer.bachdang", "GET", "/api/v1/wards/" + BACH_DANG + "/clusters", null)
                                .body())
                .get(0);
        String clusterPath =
                "/api/v1/wards/" + BACH_DANG + "/clusters/" + cluster.get("id").asString();
        String clusterFields = "{\"name\":\"" + cluster.get("name").asString() + "\",\"vendorClusterId\":\""
                + cluster.get("vendorClusterId").asString() + "\"";
        HttpResponse<String> serving =
                asOfficer("officer.bachdang", "PUT", clusterPath, clusterFields + ",\"groupId\":\"" + group + "\"}");
        assertThat(serving.statusCode()).as(serving.body()).isEqualTo(200);
        try {
            reachOnly(group, people, groups.get(0).get("name").asString());
        } finally {
            asOfficer("officer.bachdang", "PUT", clusterPath, clusterFields + "}");
        }
    }

    private void reachOnly(String group, int people, String groupName) throws Exception {
        String id = draft("officer.bachdang", BACH_DANG, "EXERCISE", ",\"groups\":[\"" + group + "\"]");
        JsonNode preview = json.readTree(asOfficer("officer.bachdang", "GET", "/api/v1/alerts/" + id + "/preview", null)
                .body());
        assertThat(preview.get("audience").get("people").asInt()).isEqualTo(people);
        assertThat(preview.get("loudspeakerClusters").asInt()).isEqualTo(1);
        assertThat(preview.get("groupNames").get(0).asString()).isEqualTo(groupName);
        issue("officer.bachdang", id);

        JsonNode progress = awaitProgress(
                id,
                Duration.ofSeconds(30),
                p -> p.get("pending").asInt() == 0 && p.get("dispatches").asInt() > 0);
        assertThat(count(progress, "SMS", "handedOver")).isEqualTo(people);
        assertThat(count(progress, "LOUDSPEAKER", "handedOver")).isEqualTo(1);
        assertThat(count(progress, "PUSH", "dispatches"))
                .as("leaders' tokens, not the ward topic")
                .isEqualTo(2);
        String code = getJson("/api/v1/alerts/" + id).get("shortCode").asString();
        Set<String> inGroup = Set.copyOf(jdbc.queryForList(
                "select phone from recipient where group_id = ?", String.class, UUID.fromString(group)));
        List<String> reached = jdbc.queryForList(
                "select address from dispatch where alert_id = ? and channel = 'SMS'",
                String.class,
                UUID.fromString(id));
        assertThat(reached).hasSize(people).allMatch(inGroup::contains);
        inGroup.forEach(
                phone -> assertThat(twilio.acceptedBodiesTo(phone).stream().filter(b -> b.contains(code)))
                        .hasSize(1));
    }

    @Test
    void groupsOfAnotherWardAreRefusedAndNothingIsStored() throws Exception {
        JsonNode caoMinhGroups =
                json.readTree(asOfficer("officer.caominh", "GET", "/api/v1/wards/" + CAO_MINH + "/groups", null)
                        .body());
        Integer before = jdbc.queryForObject("select count(*) from alert", Integer.class);

        HttpResponse<String> answer = asOfficer(
                "officer.bachdang",
                "POST",
                "/api/v1/alerts",
                body(
                        BACH_DANG,
                        "ACTUAL",
                        ",\"groups\":[\"" + caoMinhGroups.get(0).get("id").asString() + "\"]"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("is not a neighbourhood group of ward " + BACH_DANG);
        assertThat(jdbc.queryForObject("select count(*) from alert", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void anUpdateGoesToTheSamePeopleAndACorrectionCancelsTheAlert() throws Exception {
        String id = draft("officer.bachdang", BACH_DANG, "EXERCISE", "");
        issue("officer.bachdang", id);
        awaitAllHandedOver(id, BACH_DANG);

        HttpResponse<String> update = asOfficer(
                "officer.bachdang",
                "POST",
                "/api/v1/alerts/" + id + "/update",
                "{\"riskLevel\":4,\"headline\":\"Mưa lớn tăng lên cấp 4 tại Phường Bạch Đằng\","
                        + "\"instruction\":\"Hộ ven sông di dời ngay.\"}");
        assertThat(update.statusCode()).as(update.body()).isEqualTo(201);
        String updateId = json.readTree(update.body()).get("id").asString();
        issue("officer.bachdang", updateId);
        JsonNode updated = awaitAllHandedOver(updateId, BACH_DANG);
        assertThat(updated.get("dispatches").asInt())
                .isEqualTo(awaitAllHandedOver(id, BACH_DANG).get("dispatches").asInt());
        JsonNode stored = getJson("/api/v1/alerts/" + updateId);
        assertThat(stored.get("msgType").asString()).isEqualTo("Update");
        assertThat(stored.get("references").get(0).asString()).isEqualTo(id);

        HttpResponse<String> correction = asOfficer(
                "officer.bachdang",
                "POST",
                "/api/v1/alerts/" + id + "/correction",
                "{\"correction\":\"Không có mưa lớn, sinh hoạt bình thường.\"}");
        assertThat(correction.statusCode()).as(correction.body()).isEqualTo(202);
        HttpResponse<String> again = asOfficer(
                "officer.bachdang", "POST", "/api/v1/alerts/" + id + "/correction", "{\"correction\":\"Lần nữa.\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already been cancelled");
        HttpResponse<String> empty = asOfficer(
                "officer.bachdang", "POST", "/api/v1/alerts/" + updateId + "/correction", "{\"correction\":\" \"}");
        assertThat(empty.statusCode()).isEqualTo(400);
    }

    @Test
    void theCapXmlOfAnAlertIsValidCapOfTheVietnameseProfile() throws Exception {
        String id = draft("officer.bachdang", BACH_DANG, "EXERCISE", "");

        HttpResponse<String> cap = asOfficer("officer.bachdang", "GET", "/api/v1/alerts/" + id + "/cap", null);

        assertThat(cap.statusCode()).isEqualTo(200);
        var message = new CapReader().read(cap.body().getBytes(StandardCharsets.UTF_8));
        assertThat(new CapValidator().validate(message)).isEmpty();
        assertThat(message.msgType()).isEqualTo(CapMessageType.ALERT);
        assertThat(VietnameseCapProfile.dvhcCodes(message)).containsExactly(BACH_DANG);
        assertThat(asOfficer("officer.caominh", "GET", "/api/v1/alerts/" + id + "/cap", null)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theListShowsAnOfficerOnlyTheirWards() throws Exception {
        draft("officer.caominh", CAO_MINH, "EXERCISE", "");
        draft("officer.bachdang", BACH_DANG, "EXERCISE", "");

        JsonNode mine = json.readTree(
                asOfficer("officer.caominh", "GET", "/api/v1/alerts", null).body());

        assertThat(mine.size()).isPositive();
        mine.forEach(a -> assertThat(a.get("ward").asString()).isEqualTo(CAO_MINH));
        assertThat(asOfficer("officer.caominh", "GET", "/api/v1/alerts?ward=" + BACH_DANG, null)
                        .statusCode())
                .isEqualTo(403);
    }

    private String draft(String officer, String ward, String status, String extra) throws Exception {
        HttpResponse<String> answer = asOfficer(officer, "POST", "/api/v1/alerts", body(ward, status, extra));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body()).get("id").asString();
    }

    private void issue(String officer, String id) throws Exception {
        HttpResponse<String> answer = asOfficer(officer, "POST", "/api/v1/alerts/" + id + "/issue", null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    }

    private static String body(String ward, String status, String extra) {
        return "{\"wards\":[\"" + ward + "\"],\"hazard\":\"MUA_LON\",\"riskLevel\":3,"
                + "\"headline\":\"Mưa lớn tại phường\",\"instruction\":\"Hạn chế ra ngoài.\",\"status\":\"" + status
                + "\"" + extra + "}";
    }
}
