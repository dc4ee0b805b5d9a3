package vn.canhbao.gateway.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;

/** A loudspeaker gateway's signed report that a broadcast played marks it delivered; a forged one changes nothing. */
class LoudspeakerWebhookIntegrationTests extends GatewayIntegrationTest {

    private static final String SECRET = "test-loudspeaker-callback-secret";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signedCompletedReportMarksTheBroadcastDeliveredAndAForgedOneIsRefused() throws Exception {
        String alertId =
                accept(TestBulletin.forWard(BACH_DANG)).get("alertIds").get(0).asString();
        awaitAllHandedOver(alertId, BACH_DANG);
        Map<String, Object> played = broadcast(alertId, 0);
        Map<String, Object> failed = broadcast(alertId, 1);

        String now = Long.toString(Instant.now().getEpochSecond());
        String forgedBody = report(failed, "failed");
        HttpResponse<String> forged = send(forgedBody, now, "sha256=" + hmac(now + "." + forgedBody, "not-the-secret"));
        HttpResponse<String> withoutTimestamp = send(forgedBody, null, "sha256=" + hmac(forgedBody, SECRET));
        String body = report(played, "completed");
        HttpResponse<String> signed = send(body, now, "sha256=" + hmac(now + "." + body, SECRET));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(withoutTimestamp.statusCode())
                .as("the old, replayable signature")
                .isEqualTo(401);
        assertThat(signed.statusCode()).isEqualTo(204);
        // Reports of one alert are recorded in order: once the later, signed one is, the refused ones would be too.
        awaitUntil("the broadcast played", Duration.ofSeconds(15), () -> "DELIVERED".equals(status(played)));
        assertThat(status(failed)).isEqualTo("ACCEPTED");
    }

    @Test
    void aCallbackSignedOutsideTheWindowIsRefusedAndChangesNothing() throws Exception { // #15
        String alertId =
                accept(TestBulletin.forWard(BACH_DANG)).get("alertIds").get(0).asString();
        awaitAllHandedOver(alertId, BACH_DANG);
        Map<String, Object> played = broadcast(alertId, 0);
        String body = report(played, "failed");
        String old = Long.toString(Instant.now().minusSeconds(3600).getEpochSecond());
        String ahead = Long.toString(Instant.now().plusSeconds(600).getEpochSecond());

        HttpResponse<String> replayed = send(body, old, "sha256=" + hmac(old + "." + body, SECRET));
        HttpResponse<String> future = send(body, ahead, "sha256=" + hmac(ahead + "." + body, SECRET));

        assertThat(replayed.statusCode()).isEqualTo(403);
        assertThat(replayed.body()).contains("replay");
        assertThat(future.statusCode()).isEqualTo(403);
        // Reports of one alert are recorded in order: once a later one is recorded, the refused ones would be too.
        Map<String, Object> marker = broadcast(alertId, 1);
        String markerBody = report(marker, "completed");
        String now = Long.toString(Instant.now().getEpochSecond());
        assertThat(send(markerBody, now, "sha256=" + hmac(now + "." + markerBody, SECRET))
                        .statusCode())
                .isEqualTo(204);
        awaitUntil("the later broadcast played", Duration.ofSeconds(15), () -> "DELIVERED".equals(status(marker)));
        assertThat(status(played)).isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from delivery_event where dispatch_id = ?", Integer.class, played.get("id")))
                .isZero();
    }

    private Map<String, Object> broadcast(String alertId, int index) {
        return jdbc.queryForList(
                        "select id, provider_message_id from dispatch where alert_id = ? and channel = 'LOUDSPEAKER'"
                                + " order by address",
                        UUID.fromString(alertId))
                .get(index);
    }

    private String status(Map<String, Object> dispatch) {
        return jdbc.queryForObject("select status from dispatch where id = ?", String.class, dispatch.get("id"));
    }

    private static String report(Map<String, Object> dispatch, String status) {
        return "{\"id\":\"%s\",\"reference\":\"%s\",\"status\":\"%s\",\"updatedAt\":\"%s\"}"
                .formatted(dispatch.get("provider_message_id"), dispatch.get("id"), status, Instant.now());
    }

    private static String hmac(String body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Posts a report with the vendor's headers; no {@code X-Timestamp} when {@code timestamp} is null. */
    private HttpResponse<String> send(String body, String timestamp, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/webhooks/loudspeaker"))
                .header("Content-Type", "application/json")
                .header("X-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            request.header("X-Timestamp", timestamp);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
