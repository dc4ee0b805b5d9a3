package vn.canhbao.gateway.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.channels.simulator.ZaloSimulator;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;

/** The Zalo OA webhook: signed events are acted on, forged ones refused and forgotten. */
class ZaloWebhookIntegrationTests extends GatewayIntegrationTest {

    private static final String APP_ID = "4318019421573621123";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void forgedOrUnsignedEventIsRefusedAndChangesNothing() throws Exception {
        String user = "9" + System.nanoTime();
        String body = event("follow", "\"follower\":{\"id\":\"%s\"}".formatted(user));

        HttpResponse<String> forged = send(body, sign(body, "not-the-oa-secret"));
        HttpResponse<String> unsigned = send(body, null);
        HttpResponse<String> tampered =
                send(body.replace(user, user + "1"), sign(body, ZaloSimulator.DEFAULT_OA_SECRET_KEY));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(tampered.statusCode()).isEqualTo(401);
        // One user's events are recorded in order: once a later signed one of each user the refused events named is
        // recorded, the refused ones would be too. A text that is neither a confirmation nor a phone makes no follower.
        for (String named : List.of(user, user + "1")) {
            assertThat(send(signed(event(
                                    "user_send_text",
                                    "\"sender\":{\"id\":\"%s\"},\"recipient\":{\"id\":\"579745863508352884\"},"
                                                    .formatted(named)
                                            + "\"message\":{\"msg_id\":\"m-%s\",\"text\":\"Xin chào\"}"
                                                    .formatted(named))))
                            .statusCode())
                    .isEqualTo(200);
            await(() ->
                    jdbc.queryForObject("select count(*) from zalo_inbound_text where user_id = ?", Long.class, named)
                            == 1);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from zalo_follower where user_id like ?", Long.class, user + "%"))
                .isZero();
    }

    @Test
    void followerWhoWritesAPhoneIsFollowingAndKeptButNotLinkedByThatAlone() throws Exception { // #15
        String user = "7" + System.nanoTime();
        String phone = jdbc.queryForObject(
                "select phone from recipient where ward_code = ? and zalo_user_id is null order by phone limit 1",
                String.class,
                CAO_MINH);
        String spoken = "0" + phone.substring(3, 6) + " " + phone.substring(6, 9) + " " + phone.substring(9);

        assertThat(send(signed(event("follow", "\"follower\":{\"id\":\"%s\"}".formatted(user))))
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(signed(event(
                                "user_send_text",
                                "\"sender\":{\"id\":\"%s\"},\"recipient\":{\"id\":\"579745863508352884\"},"
                                                .formatted(user)
                                        + "\"message\":{\"msg_id\":\"m-%s\",\"text\":\"%s\"}".formatted(user, spoken))))
                        .statusCode())
                .isEqualTo(200);

        await(() ->
                jdbc.queryForObject("select count(*) from zalo_inbound_text where user_id = ?", Long.class, user) == 1);
        assertThat(jdbc.queryForObject("select following from zalo_follower where user_id = ?", Boolean.class, user))
                .isTrue();
        assertThat(jdbc.queryForObject("select text from zalo_inbound_text where user_id = ?", String.class, user))
                .isEqualTo(spoken);
        // Linked only once the code sent to that phone comes back (ZaloLinkIntegrationTests).
        assertThat(jdbc.queryForObject("select count(*) from recipient where zalo_user_id = ?", Long.class, user))
                .isZero();
    }

    @Test
    void receivedEventMarksTheZaloDispatchDelivered() throws Exception {
        String alertId =
                accept(TestBulletin.forWard(CAO_MINH)).get("alertIds").get(0).asString();
        awaitAllHandedOver(alertId, CAO_MINH);
        Map<String, Object> dispatch = jdbc.queryForMap(
                "select id, provider_message_id from dispatch where alert_id = ? and channel = 'ZALO' limit 1",
                UUID.fromString(alertId));

        String body = event(
                "user_received_message",
                "\"sender\":{\"id\":\"579745863508352884\"},\"recipient\":{\"id\":\"2512523625412515\"},"
                        + "\"message\":{\"msg_id\":\"%s\",\"tracking_id\":\"%s\"}"
                                .formatted(dispatch.get("provider_message_id"), dispatch.get("id")));
        assertThat(send(signed(body)).statusCode()).isEqualTo(200);

        await(() -> "DELIVERED"
                .equals(jdbc.queryForObject(
                        "select status from dispatch where id = ?", String.class, dispatch.get("id"))));
    }

    private static String event(String name, String fields) {
        return "{\"app_id\":\"%s\",\"event_name\":\"%s\",%s,\"timestamp\":\"%d\"}"
                .formatted(APP_ID, name, fields, Instant.now().toEpochMilli());
    }

    private static String[] signed(String body) throws Exception {
        return new String[] {body, sign(body, ZaloSimulator.DEFAULT_OA_SECRET_KEY)};
    }

    /** Zalo's scheme, written out: mac= sha256 hex of app_id + raw body + timestamp + OA secret key. */
    private static String sign(String body, String oaSecret) throws Exception {
        String timestamp = body.replaceAll(".*\"timestamp\":\"(\\d+)\".*", "$1");
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((APP_ID + body + timestamp + oaSecret).getBytes(StandardCharsets.UTF_8));
        return "mac=" + HexFormat.of().formatHex(digest);
    }

    private HttpResponse<String> send(String[] signedBody) throws Exception {
        return send(signedBody[0], signedBody[1]);
    }

    private HttpResponse<String> send(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/zalo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-ZEvent-Signature", signature);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void await(Supplier<Boolean> condition) throws InterruptedException {
        awaitUntil("condition met in time", Duration.ofSeconds(15), condition::get);
    }
}
