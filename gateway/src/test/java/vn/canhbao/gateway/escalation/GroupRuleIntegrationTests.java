package vn.canhbao.gateway.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;

/**
 * A ward whose rule is that every leader of a group confirms: one leader's confirmation leaves the group waiting, the
 * second confirms it. Ward 00091 (Phường Phú Thượng), one group with two leaders, escalation far off.
 */
class GroupRuleIntegrationTests extends GatewayIntegrationTest {

    private static final String WARD = "00091";
    private static final String FIRST = "+84982000001";
    private static final String SECOND = "+84982000002";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void whenEveryLeaderMustConfirmOneIsNotEnough() throws Exception {
        importCsv(WARD, "/groups/import", "name\nTổ dân phố 7\n");
        importCsv(
                WARD,
                "/residents/import",
                "name,phone,group,role,channels\nPhạm Văn Bảy," + FIRST + ",Tổ dân phố 7,LEADER,SMS\n" + "Đỗ Thị Tám,"
                        + SECOND + ",Tổ dân phố 7,LEADER,SMS\n");
        assertThat(asOfficer(
                                "admin",
                                "PUT",
                                "/api/v1/wards/" + WARD + "/escalation",
                                "{\"resendAfterSeconds\":3600,\"callAfterSeconds\":7200,\"unreachedAfterSeconds\":10800,"
                                        + "\"allLeaders\":true}")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> draft = asOfficer(
                "admin",
                "POST",
                "/api/v1/alerts",
                "{\"wards\":[\"" + WARD + "\"],\"hazard\":\"RET_HAI\",\"riskLevel\":2,\"status\":\"EXERCISE\","
                        + "\"headline\":\"Diễn tập rét hại tại Phường Phú Thượng\",\"instruction\":\"Giữ ấm.\"}");
        String alertId = json.readTree(draft.body()).get("id").asString();
        asOfficer("admin", "POST", "/api/v1/alerts/" + alertId + "/issue", null);
        String code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();

        // The group is watched before anyone confirms, so each confirmation is weighed against the rule as it is
        // recorded, in the same transaction: once the first is recorded, the group's stage says what it decided.
        awaitUntil("the group watched", Duration.ofSeconds(20), () -> !"NOT WATCHED".equals(stage(alertId)));
        post(confirmationPath(awaitSmsWith(FIRST, code)));
        awaitUntil("the first leader's confirmation recorded", Duration.ofSeconds(20), () -> acks(alertId) == 1);
        assertThat(stage(alertId)).as("one of two leaders").isEqualTo("WAITING");

        post(confirmationPath(awaitSmsWith(SECOND, code)));
        awaitUntil("the group confirmed", Duration.ofSeconds(20), () -> "CONFIRMED".equals(stage(alertId)));
        JsonNode group =
                getJson("/api/v1/alerts/" + alertId + "/groups").get("groups").get(0);
        assertThat(group.get("confirmedBy").asString()).contains("Phạm Văn Bảy").contains("Đỗ Thị Tám");
    }

    private String stage(String alertId) {
        try {
            JsonNode groups = getJson("/api/v1/alerts/" + alertId + "/groups").get("groups");
            return groups.isEmpty() ? "NOT WATCHED" : groups.get(0).get("stage").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int acks(String alertId) {
        return jdbc.queryForObject(
                "select count(*) from acknowledgement where alert_id = ?", Integer.class, UUID.fromString(alertId));
    }

    private void post(String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
    }
}
