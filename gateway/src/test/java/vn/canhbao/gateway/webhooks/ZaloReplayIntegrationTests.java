package vn.canhbao.gateway.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.SignedRequests;
import vn.canhbao.gateway.local.DemoWards;

/**
 * #15: a leader's signed "Đã nhận" confirms only the warnings issued before it was written, once. A replayed old
 * event is refused, a second event with the same msg_id confirms nothing more, and a reply written before a warning
 * was issued does not confirm that warning. Leaders 11, 13 and 15 of Xã Cao Minh, whom no other test uses on Zalo.
 */
class ZaloReplayIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReplayedOldSignedReplyIsRefusedAndConfirmsNothing() throws Exception { // #15
        String alertId = issueDrillToCaoMinh();
        String leader = DemoWards.zaloUserId(demoWard(CAO_MINH), 11);

        HttpResponse<String> sixHoursOld = SignedRequests.postZaloEvent(
                port,
                SignedRequests.zaloText(
                        leader,
                        "m-old-" + UUID.randomUUID(),
                        "Đã nhận",
                        Instant.now().minus(Duration.ofHours(6))));
        HttpResponse<String> fromTheFuture = SignedRequests.postZaloEvent(
                port,
                SignedRequests.zaloText(
                        leader,
                        "m-new-" + UUID.randomUUID(),
                        "Đã nhận",
                        Instant.now().plus(Duration.ofMinutes(10))));

        assertThat(sixHoursOld.statusCode()).isEqualTo(403);
        assertThat(sixHoursOld.body()).contains("replay");
        assertThat(fromTheFuture.statusCode()).isEqualTo(403);
        // Refused before anything was queued: there is nothing to wait for.
        assertThat(acks(alertId, leader)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from zalo_inbound_text where user_id = ?", Integer.class, leader))
                .isZero();
    }

    @Test
    void aSecondEventWithTheSameMsgIdConfirmsNothingMore() throws Exception { // #15
        String leader = DemoWards.zaloUserId(demoWard(CAO_MINH), 13);
        String first = issueDrillToCaoMinh();
        String reply = SignedRequests.zaloText(leader, "m-ack-" + UUID.randomUUID(), "Đã nhận ạ", Instant.now());
        assertThat(SignedRequests.postZaloEvent(port, reply).statusCode()).isEqualTo(200);
        awaitUntil("the first alert confirmed", Duration.ofSeconds(20), () -> acks(first, leader) == 1);

        String second = issueDrillToCaoMinh();
        // Zalo's retry, or a replay within the window: the same body, the same signature.
        assertThat(SignedRequests.postZaloEvent(port, reply).statusCode()).isEqualTo(200);
        awaitProcessed(leader);
        awaitAckBy(second, 12);

        assertThat(acks(second, leader))
                .as("the repeated reply confirms the later alert")
                .isZero();
        assertThat(acks(first, leader)).isOne();
    }

    @Test
    void aReplyWrittenBeforeAnAlertWasIssuedDoesNotConfirmIt() throws Exception { // #15
        String leader = DemoWards.zaloUserId(demoWard(CAO_MINH), 15);
        Instant written = Instant.now();
        String alertId = issueDrillToCaoMinh();

        // Written before the alert, delivered after it (a slow network, a retry): within the window, so accepted.
        String msgId = "m-early-" + UUID.randomUUID();
        String reply = SignedRequests.zaloText(leader, msgId, "Đã nhận", written);
        assertThat(SignedRequests.postZaloEvent(port, reply).statusCode()).isEqualTo(200);
        awaitUntil(
                "the early reply processed",
                Duration.ofSeconds(20),
                () -> jdbc.queryForObject(
                                "select count(*) from zalo_inbound_text where msg_id = ?", Integer.class, msgId)
                        == 1);
        awaitAckBy(alertId, 14);

        assertThat(acks(alertId, leader)).isZero();
    }

    /**
     * Waits until a text posted now by {@code userId} is processed: events are keyed by their user, so everything the
     * user sent before it has been processed too.
     */
    private void awaitProcessed(String userId) throws Exception {
        String msgId = "m-marker-" + UUID.randomUUID();
        assertThat(SignedRequests.postZaloEvent(
                                port, SignedRequests.zaloText(userId, msgId, "nước đang lên", Instant.now()))
                        .statusCode())
                .isEqualTo(200);
        awaitUntil(
                "the marker text processed",
                Duration.ofSeconds(20),
                () -> jdbc.queryForObject(
                                "select count(*) from zalo_inbound_text where msg_id = ?", Integer.class, msgId)
                        == 1);
    }

    /**
     * Confirms the alert from leader {@code index}'s app and waits until it is recorded: confirmations of one alert are
     * recorded in order, so any the Zalo text queued before it are recorded too.
     */
    private void awaitAckBy(String alertId, int index) throws Exception {
        String token = DemoWards.pushToken(demoWard(CAO_MINH), index);
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/acks/app"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"alertId\":\"%s\",\"pushToken\":\"%s\"}".formatted(alertId, token)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        awaitUntil(
                "the app confirmation recorded",
                Duration.ofSeconds(20),
                () -> jdbc.queryForObject(
                                "select count(*) from acknowledgement k join recipient r on r.id = k.recipient_id"
                                        + " where k.alert_id = ? and r.push_token = ?",
                                Integer.class,
                                UUID.fromString(alertId),
                                token)
                        == 1);
    }

    private int acks(String alertId, String zaloUserId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from acknowledgement k join recipient r on r.id = k.recipient_id"
                        + " where k.alert_id = ? and r.zalo_user_id = ?",
                Integer.class,
                UUID.fromString(alertId),
                zaloUserId);
        return n == null ? 0 : n;
    }
}
