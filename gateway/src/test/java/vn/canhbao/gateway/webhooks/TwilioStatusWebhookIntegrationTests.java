package vn.canhbao.gateway.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.SignedRequests;
import vn.canhbao.gateway.TestBulletin;

/** Twilio's status callbacks mark dispatches delivered; a forged one is refused and changes nothing. */
class TwilioStatusWebhookIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signedDeliveredCallbackMarksTheDispatchDelivered() throws Exception {
        Map<String, Object> dispatch = handedOverDispatch();
        java.time.Instant handedOver = jdbc.queryForObject(
                "select handed_over_at from dispatch where id = ?", java.time.Instant.class, dispatch.get("id"));
        String url = callbackUrl(dispatch);
        Map<String, String> form = callback(dispatch, "delivered");

        HttpResponse<String> response =
                SignedRequests.postTwilioForm(url, form, SignedRequests.twilioSignature(url, form, twilio.authToken()));

        assertThat(response.statusCode()).isEqualTo(204);
        awaitStatus((UUID) dispatch.get("id"), "DELIVERED");
        Long events = jdbc.queryForObject(
                "select count(*) from delivery_event where dispatch_id = ? and status = 'DELIVERED'",
                Long.class,
                dispatch.get("id"));
        assertThat(events).isOne();
        assertThat(handedOver).as("handed over before the report").isNotNull();
        assertThat(jdbc.queryForObject(
                        "select handed_over_at from dispatch where id = ?",
                        java.time.Instant.class,
                        dispatch.get("id")))
                .as("the report does not move the hand-over time")
                .isEqualTo(handedOver);
    }

    @Test
    void forgedSignatureIsRefusedAndChangesNothing() throws Exception {
        List<Map<String, Object>> sms = handedOverDispatches();
        Map<String, Object> dispatch = sms.get(0);
        String url = callbackUrl(dispatch);
        Map<String, String> form = callback(dispatch, "undelivered");

        HttpResponse<String> forged = SignedRequests.postTwilioForm(
                url, form, SignedRequests.twilioSignature(url, form, "not-the-auth-token"));
        HttpResponse<String> unsigned = SignedRequests.postTwilioForm(url, form, null);
        Map<String, String> tampered = new TreeMap<>(form);
        String signedForDelivered =
                SignedRequests.twilioSignature(url, callback(dispatch, "delivered"), twilio.authToken());
        HttpResponse<String> replayed = SignedRequests.postTwilioForm(url, tampered, signedForDelivered);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(replayed.statusCode()).isEqualTo(403);
        // Receipts of one alert are recorded in order: once a later one is recorded, the refused ones would be too.
        Map<String, Object> marker = sms.get(1);
        Map<String, String> markerForm = callback(marker, "delivered");
        assertThat(SignedRequests.postTwilioForm(
                                callbackUrl(marker),
                                markerForm,
                                SignedRequests.twilioSignature(callbackUrl(marker), markerForm, twilio.authToken()))
                        .statusCode())
                .isEqualTo(204);
        awaitStatus((UUID) marker.get("id"), "DELIVERED");
        assertThat(jdbc.queryForObject("select status from dispatch where id = ?", String.class, dispatch.get("id")))
                .isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from delivery_event where dispatch_id = ?", Long.class, dispatch.get("id")))
                .isZero();
    }

    @Test
    void aReplayedOrLateCallbackChangesNothing() throws Exception { // #15
        String alertId =
                accept(TestBulletin.forWard(CAO_MINH)).get("alertIds").get(0).asString();
        awaitAllHandedOver(alertId, CAO_MINH);
        List<Map<String, Object>> sms = jdbc.queryForList(
                "select id, provider_message_id from dispatch where alert_id = ? and channel = 'SMS' order by id limit 2",
                UUID.fromString(alertId));
        Map<String, Object> dispatch = sms.get(0);
        String url = callbackUrl(dispatch);
        Map<String, String> delivered = callback(dispatch, "delivered");
        String signature = SignedRequests.twilioSignature(url, delivered, twilio.authToken());
        assertThat(SignedRequests.postTwilioForm(url, delivered, signature).statusCode())
                .isEqualTo(204);
        awaitStatus((UUID) dispatch.get("id"), "DELIVERED");

        Map<String, String> undelivered = callback(dispatch, "undelivered");
        HttpResponse<String> again = SignedRequests.postTwilioForm(url, delivered, signature);
        HttpResponse<String> late = SignedRequests.postTwilioForm(
                url, undelivered, SignedRequests.twilioSignature(url, undelivered, twilio.authToken()));
        // Receipts of one alert are recorded in order: once a later one is recorded, these are too.
        Map<String, Object> marker = sms.get(1);
        Map<String, String> markerForm = callback(marker, "delivered");
        SignedRequests.postTwilioForm(
                callbackUrl(marker),
                markerForm,
                SignedRequests.twilioSignature(callbackUrl(marker), markerForm, twilio.authToken()));
        awaitStatus((UUID) marker.get("id"), "DELIVERED");

        assertThat(again.statusCode()).isEqualTo(204);
        assertThat(late.statusCode()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select status from dispatch where id = ?", String.class, dispatch.get("id")))
                .as("a late undelivered does not undo delivered")
                .isEqualTo("DELIVERED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from delivery_event where dispatch_id = ? and status = 'DELIVERED'",
                        Long.class,
                        dispatch.get("id")))
                .as("the same receipt twice is one row")
                .isOne();
    }

    private Map<String, Object> handedOverDispatch() throws Exception {
        return handedOverDispatches().getFirst();
    }

    /** Two SMS dispatches of a new alert to Xã Cao Minh, both handed over to Twilio. */
    private List<Map<String, Object>> handedOverDispatches() throws Exception {
        return handedOverSms(2);
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

    private void awaitStatus(UUID id, String status) throws InterruptedException {
        awaitUntil(
                "dispatch " + id + " became " + status,
                Duration.ofSeconds(15),
                () -> status.equals(jdbc.queryForObject("select status from dispatch where id = ?", String.class, id)));
    }
}
