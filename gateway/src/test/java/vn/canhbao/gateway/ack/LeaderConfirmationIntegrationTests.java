package vn.canhbao.gateway.ack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        UUID leader = recipientWithPhone(phone);
        String code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
        String sms = awaitSmsWith(phone, code);
        String path = confirmationPath(sms);

        HttpResponse<String> opened = send("GET", path);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("Tôi đã nhận cảnh báo");
        confirmedByAnotherLeader(alertId, 4);
        assertThat(acksOf(alertId, leader))
                .as("opening the link (a link preview) confirms nothing")
                .isZero();

        assertThat(send("POST", path).body()).contains("Đã ghi nhận xác nhận");
        assertThat(send("POST", path).statusCode()).isEqualTo(200);
        confirmedByAnotherLeader(alertId, 6);
        assertThat(acksOf(alertId, leader)).isOne();
        assertThat(acksAudited(alertId, leader))
                .as("the second press records nothing more")
                .isOne();
        JsonNode group = awaitGroup(
                alertId,
                g -> groupOf(leader).equals(g.get("groupName").asString())
                        && "CONFIRMED".equals(g.get("stage").asString()));
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
        confirmedByAnotherLeader(alertId, 6);
        UUID leaderId = recipientWithPushToken(token);
        assertThat(acksOf(alertId, leaderId)).isOne();
        assertThat(acksAudited(alertId, leaderId))
                .as("a second tap records nothing more")
                .isOne();
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
        return waitingFor("a group of " + alertId + " got there", Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            for (JsonNode g : getJson("/api/v1/alerts/" + alertId + "/groups")
                                    .get("groups")) {
                                if (condition.test(g)) {
                                    return Optional.of(g);
                                }
                            }
                            return Optional.<JsonNode>empty();
                        },
                        Optional::isPresent)
                .get();
    }

    /**
     * Confirms the alert from the app of Xã Cao Minh's person {@code index} (a leader of another group than person 0)
     * and waits until that confirmation is recorded. Confirmations of one alert are one partition's records, recorded
     * in order: once this one is, every confirmation sent before it has been recorded too, or never will be.
     */
    private void confirmedByAnotherLeader(String alertId, int index) throws Exception {
        String token = DemoWards.pushToken(demoWard(CAO_MINH), index);
        assertThat(appAck(alertId, token).statusCode()).isEqualTo(202);
        UUID marker = recipientWithPushToken(token);
        awaitUntil(
                "the confirmation of person " + index + " recorded",
                Duration.ofSeconds(20),
                () -> acksOf(alertId, marker) == 1);
    }

    private int acksOf(String alertId, UUID recipient) {
        Integer n = jdbc.queryForObject(
                "select count(*) from acknowledgement where alert_id = ? and recipient_id = ?",
                Integer.class,
                UUID.fromString(alertId),
                recipient);
        return n == null ? 0 : n;
    }

    /** How many confirmations of the leader the audit log holds for the alert: one per confirmation recorded. */
    private int acksAudited(String alertId, UUID recipient) {
        Integer n = jdbc.queryForObject(
                "select count(*) from audit_log where action = 'ack.received' and actor = ? and subject = ?",
                Integer.class,
                "leader:" + recipient,
                alertId);
        return n == null ? 0 : n;
    }

    private UUID recipientWithPhone(String phone) {
        return jdbc.queryForObject("select id from recipient where phone = ?", UUID.class, phone);
    }

    private UUID recipientWithPushToken(String token) {
        return jdbc.queryForObject("select id from recipient where push_token = ?", UUID.class, token);
    }

    private String groupOf(UUID recipient) {
        return jdbc.queryForObject(
                "select g.name from recipient r join neighbourhood_group g on g.id = r.group_id where r.id = ?",
                String.class,
                recipient);
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
