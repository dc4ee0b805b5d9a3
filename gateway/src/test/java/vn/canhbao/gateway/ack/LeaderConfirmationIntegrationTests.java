package vn.canhbao.gateway.ack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.SignedRequests;
import vn.canhbao.gateway.local.DemoWards;

/**
 * A leader confirms by the link in their SMS, by a Zalo reply or from the app; each marks their group confirmed once,
 * and the audit log shows it. Leaders of Xã Cao Minh (two per group: people 0–19).
 */
class LeaderConfirmationIntegrationTests extends GatewayIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLeaderConfirmsThroughTheLinkInTheirSmsOnceAndOpeningItAloneConfirmsNothing() throws Exception {
        String alertId = issueDrillToCaoMinh();
        String phone = DemoWards.phone(demoWard(CAO_MINH), 0);
        String code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
        String sms = awaitSmsWith(phone, code);
        String path = confirmationPath(sms);

        HttpResponse<String> opened = send("GET", path);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("Tôi đã nhận cảnh báo");
        Thread.sleep(1500);
        assertThat(acks(alertId))
                .as("opening the link (a link preview) confirms nothing")
                .isZero();

        assertThat(send("POST", path).body()).contains("Đã ghi nhận xác nhận");
        assertThat(send("POST", path).statusCode()).isEqualTo(200);
        JsonNode group =
                awaitGroup(alertId, g -> "CONFIRMED".equals(g.get("stage").asString()));
        assertThat(acks(alertId)).isOne();
        assertThat(group.get("confirmedBy").asString()).isNotBlank();
        String live = vn.canhbao.gateway.console.ConsoleSession.signIn(port, "officer.caominh", OFFICER_PASSWORD)
                .get("/console/alerts/" + alertId + "/progress")
                .body();
        assertThat(live).contains("\"stage\":\"CONFIRMED\"").contains("Đã xác nhận");
        assertThat(asOfficer("admin", "GET", "/api/v1/audit?format=csv", null).body())
                .contains("ack.received")
                .contains(alertId);

        String forged = path.substring(0, path.length() - 2) + (path.endsWith("AA") ? "BB" : "AA");
        assertThat(send("POST", forged).statusCode()).isEqualTo(404);
    }

    @Test
    void aLeaderConfirmsByReplyingOnZalo() throws Exception {
        String alertId = issueDrillToCaoMinh();
        String leader = DemoWards.zaloUserId(demoWard(CAO_MINH), 2);
        awaitGroups(alertId);

        HttpResponse<String> reply = SignedRequests.postZaloEvent(
                port,
                SignedRequests.zaloEvent(
                        "user_send_text",
                        "\"sender\":{\"id\":\"%s\"},\"recipient\":{\"id\":\"579745863508352884\"},".formatted(leader)
                                + "\"message\":{\"msg_id\":\"m-ack-%s\",\"text\":\"Đã nhận ạ\"}"
                                        .formatted(UUID.randomUUID())));

        assertThat(reply.statusCode()).isEqualTo(200);
        awaitGroup(alertId, g -> "CONFIRMED".equals(g.get("stage").asString()));
        assertThat(jdbc.queryForObject(
                        "select via from acknowledgement where alert_id = ?", String.class, UUID.fromString(alertId)))
                .isEqualTo("ZALO");
    }

    @Test
    void aLeaderConfirmsFromTheAppWithTheirTokenAndAStrangersTokenIsRefused() throws Exception {
        String alertId = issueDrillToCaoMinh();
        String token = DemoWards.pushToken(demoWard(CAO_MINH), 4);
        awaitGroups(alertId);

        HttpResponse<String> stranger = appAck(alertId, "not-a-token-of-any-leader");
        HttpResponse<String> leader = appAck(alertId, token);
        HttpResponse<String> again = appAck(alertId, token);

        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(leader.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(202);
        awaitGroup(alertId, g -> "CONFIRMED".equals(g.get("stage").asString()));
        Thread.sleep(1000);
        assertThat(acks(alertId)).as("a second tap records nothing more").isOne();
    }

    @Test
    void zaloRepliesThatAreNotAConfirmationAreNotTakenForOne() {
        assertThat(List.of("Đã nhận", "da nhan", "OK", "1", "Nhận rồi ạ", "ok nhé", "Rõ"))
                .allMatch(LeaderReply::confirms);
        assertThat(List.of("Chưa nhận được", "nước đang lên", "0912345678", "", "2"))
                .noneMatch(LeaderReply::confirms);
    }

    private JsonNode awaitGroups(String alertId) throws Exception {
        return awaitGroup(alertId, g -> true);
    }

    /** Waits until some group of the alert satisfies {@code condition}. */
    private JsonNode awaitGroup(String alertId, java.util.function.Predicate<JsonNode> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode groups = null;
        while (Instant.now().isBefore(deadline)) {
            groups = getJson("/api/v1/alerts/" + alertId + "/groups").get("groups");
            for (JsonNode g : groups) {
                if (condition.test(g)) {
                    return g;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No group of " + alertId + " got there: " + groups);
    }

    private int acks(String alertId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from acknowledgement where alert_id = ?", Integer.class, UUID.fromString(alertId));
        return n == null ? 0 : n;
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> appAck(String alertId, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/acks/app"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                json.writeValueAsString(Map.of("alertId", alertId, "pushToken", token))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
