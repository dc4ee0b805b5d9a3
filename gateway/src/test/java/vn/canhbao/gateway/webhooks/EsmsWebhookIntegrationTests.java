package vn.canhbao.gateway.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.gateway.EsmsPrimaryIntegrationTest;

/** #18: eSMS's delivery reports count only with the callback secret, and only for an SMS canhbao sent. */
class EsmsWebhookIntegrationTests extends EsmsPrimaryIntegrationTest {

    @Autowired
    private JdbcTemplate database;

    @Autowired
    private MeterRegistry meters;

    @Test
    void aReportWithoutTheSecretIsRefused() throws Exception {
        double refused = receipts("UNAUTHENTICATED");
        assertThat(esmsReport("SMSID=1&SendStatus=5&SendSuccess=1").statusCode())
                .isEqualTo(401);
        assertThat(esmsReport("token=not-the-secret-at-all&SMSID=1&SendStatus=5&SendSuccess=1")
                        .statusCode())
                .isEqualTo(401);
        assertThat(receipts("UNAUTHENTICATED")).isEqualTo(refused + 2);
    }

    @Test
    void aReportOfNoSmsOfOursIsNotFoundAndCounted() throws Exception {
        double unknown = receipts("UNKNOWN_MESSAGE");
        assertThat(esmsReport("token=" + CALLBACK_SECRET + "&SMSID=unknown-sms&SendStatus=5&SendSuccess=1&RequestId="
                                + UUID.randomUUID())
                        .statusCode())
                .isEqualTo(404);
        assertThat(esmsReport("token=" + CALLBACK_SECRET + "&SMSID=unknown-sms&SendStatus=5&SendSuccess=1")
                        .statusCode())
                .isEqualTo(404);
        // A dispatch of ours, but not an SMS.
        String alertId = accept(vn.canhbao.gateway.TestBulletin.forWard(BACH_DANG))
                .get("alertIds")
                .get(0)
                .asString();
        awaitAllHandedOver(alertId, BACH_DANG);
        UUID zalo = database.queryForObject(
                "select id from dispatch where alert_id = ? and channel = 'ZALO' limit 1",
                UUID.class,
                UUID.fromString(alertId));
        assertThat(esmsReport("token=" + CALLBACK_SECRET + "&SMSID=x&SendStatus=5&SendSuccess=1&RequestId=" + zalo)
                        .statusCode())
                .isEqualTo(404);
        assertThat(receipts("UNKNOWN_MESSAGE")).isEqualTo(unknown + 3);
    }

    @Test
    void aMalformedReportIsABadRequest() throws Exception {
        assertThat(esmsReport("token=" + CALLBACK_SECRET + "&SendStatus=5").statusCode())
                .isEqualTo(400);
    }

    @Test
    void reportsOfAnSmsOfOursMoveItForwardByRequestIdOrBySmsId() throws Exception {
        List<Map<String, Object>> sent = handedOverSms(2);
        UUID first = (UUID) sent.get(0).get("id");
        String firstSmsId = esms.smsIdOf(first).orElseThrow();
        assertThat(sent.get(0).get("provider_message_id")).isEqualTo("esms:" + firstSmsId);

        assertThat(esmsReport("token=" + CALLBACK_SECRET + "&SMSID=" + firstSmsId
                                + "&SendStatus=5&SendSuccess=0&SendFailed=1&RequestId=" + first)
                        .statusCode())
                .isEqualTo(200);
        awaitStatus(first, "UNDELIVERED");
        assertThat(esmsReportPosted("token=" + CALLBACK_SECRET + "&SMSID=" + firstSmsId
                                + "&SendStatus=5&SendSuccess=1&SendFailed=0&RequestId=" + first)
                        .statusCode())
                .isEqualTo(200);
        awaitStatus(first, "DELIVERED");

        // Without a RequestId, the SMSID finds it.
        UUID second = (UUID) sent.get(1).get("id");
        String secondSmsId = esms.smsIdOf(second).orElseThrow();
        assertThat(esmsReport("token=" + CALLBACK_SECRET + "&SMSID=" + secondSmsId + "&SendStatus=5&SendSuccess=1")
                        .statusCode())
                .isEqualTo(200);
        awaitStatus(second, "DELIVERED");
    }

    private void awaitStatus(UUID dispatch, String status) throws InterruptedException {
        awaitUntil(
                "dispatch " + dispatch + " " + status,
                Duration.ofSeconds(10),
                () -> status.equals(
                        database.queryForObject("select status from dispatch where id = ?", String.class, dispatch)));
    }

    private double receipts(String status) {
        var counter = meters.find("canhbao.webhooks.receipts")
                .tags("channel", "SMS", "status", status)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
