package vn.canhbao.gateway.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;

/** Twilio's status callbacks mark dispatches delivered; a forged one is refused and changes nothing. */
class TwilioStatusWebhookIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signedDeliveredCallbackMarksTheDispatchDelivered() throws Exception {
        Map<String, Object> dispatch = handedOverDispatch();
        String url = callbackUrl(dispatch);
        Map<String, String> form = callback(dispatch, "delivered");

        HttpResponse<String> response = send(url, form, sign(url, form, twilio.authToken()));

        assertThat(response.statusCode()).isEqualTo(204);
        awaitStatus((UUID) dispatch.get("id"), "DELIVERED");
        Long events = jdbc.queryForObject(
                "select count(*) from delivery_event where dispatch_id = ? and status = 'DELIVERED'",
                Long.class,
                dispatch.get("id"));
        assertThat(events).isOne();
    }

    @Test
    void forgedSignatureIsRefusedAndChangesNothing() throws Exception {
        Map<String, Object> dispatch = handedOverDispatch();
        String url = callbackUrl(dispatch);
        Map<String, String> form = callback(dispatch, "undelivered");

        HttpResponse<String> forged = send(url, form, sign(url, form, "not-the-auth-token"));
        HttpResponse<String> unsigned = send(url, form, null);
        Map<String, String> tampered = new TreeMap<>(form);
        String signedForDelivered = sign(url, callback(dispatch, "delivered"), twilio.authToken());
        HttpResponse<String> replayed = send(url, tampered, signedForDelivered);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(replayed.statusCode()).isEqualTo(403);
        Thread.sleep(500);
        assertThat(jdbc.queryForObject("select status from dispatch where id = ?", String.class, dispatch.get("id")))
                .isEqualTo("ACCEPTED");
    }

    private Map<String, Object> handedOverDispatch() throws Exception {
        String alertId =
                accept(TestBulletin.forWard(CAO_MINH)).get("alertIds").get(0).asString();
        awaitAllHandedOver(alertId, CAO_MINH);
        return jdbc.queryForMap(
                "select id, provider_message_id from dispatch where alert_id = ? and channel = 'SMS' limit 1",
                UUID.fromString(alertId));
    }

    private String callbackUrl(Map<String, Object> dispatch) {
        return "http://localhost:" + port + "/webhooks/twilio/status?dispatch=" + dispatch.get("id");
    }

    private Map<String, String> callback(Map<String, Object> dispatch, String status) {
        Map<String, String> form = new TreeMap<>();
        form.put("MessageSid", (String) dispatch.get("provider_message_id"));
        form.put("MessageStatus", status);
        form.put("AccountSid", twilio.accountSid());
        form.put("To", "+84910000001");
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    /** Twilio's algorithm, written out here: HMAC-SHA1 of the URL followed by each parameter name and value, sorted. */
    private static String sign(String url, Map<String, String> form, String authToken) throws Exception {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((k, v) -> data.append(k).append(v));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(String url, Map<String, String> form, String signature) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitStatus(UUID id, String status) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            if (status.equals(jdbc.queryForObject("select status from dispatch where id = ?", String.class, id))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Dispatch " + id + " never became " + status);
    }
}
