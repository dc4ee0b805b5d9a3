package vn.canhbao.gateway.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;
import vn.canhbao.gateway.EsmsPrimaryIntegrationTest;
import vn.canhbao.gateway.TestBulletin;

/** #18: eSMS carries the SMS, Twilio takes over while eSMS fails, and eSMS takes it back; nobody gets two. */
class SmsFailoverIntegrationTests extends EsmsPrimaryIntegrationTest {

    @Autowired
    private FailoverSmsAdapter sms;

    @Autowired
    private JdbcTemplate database;

    @Test
    void withEsmsAsTheProviderEveryResidentGetsOneSmsThereAndADeliveryReportCounts() throws Exception {
        String alertId =
                accept(TestBulletin.forWard(CAO_MINH)).get("alertIds").get(0).asString();
        awaitAllHandedOver(alertId, CAO_MINH);
        String code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
        for (String phone : phones(CAO_MINH)) {
            assertThat(esms.acceptedBodiesTo(phone).stream().filter(b -> b.contains(code)))
                    .as("eSMS to %s", phone)
                    .hasSize(1);
            assertThat(twilio.acceptedBodiesTo(phone).stream().filter(b -> b.contains(code)))
                    .as("Twilio to %s", phone)
                    .isEmpty();
        }
        assertThat(database.queryForObject(
                        "select count(*) from dispatch where alert_id = ? and channel = 'SMS'"
                                + " and provider_message_id like 'esms:%'",
                        Integer.class, UUID.fromString(alertId)))
                .isEqualTo(RESIDENTS);

        UUID dispatch = database.queryForObject(
                "select id from dispatch where alert_id = ? and channel = 'SMS' order by id limit 1",
                UUID.class,
                UUID.fromString(alertId));
        String smsId = esms.smsIdOf(dispatch).orElseThrow();
        assertThat(esmsReport("token=" + CALLBACK_SECRET + "&SMSID=" + smsId
                                + "&SendStatus=5&SendSuccess=1&SendFailed=0&RequestId=" + dispatch)
                        .statusCode())
                .isEqualTo(200);
        awaitUntil("the report moves the dispatch", Duration.ofSeconds(10), () -> "DELIVERED"
                .equals(database.queryForObject("select status from dispatch where id = ?", String.class, dispatch)));
    }

    @Test
    void whileEsmsFailsTwilioTakesTheSmsWithoutDoublesAndEsmsTakesItBackOnceItAnswers() throws Exception {
        List<String> bachDang = phones(BACH_DANG);
        esms.failNext(1_000_000, bachDang);
        String failing =
                accept(TestBulletin.forWard(BACH_DANG)).get("alertIds").get(0).asString();
        awaitAllHandedOver(failing, BACH_DANG);
        String code = getJson("/api/v1/alerts/" + failing).get("shortCode").asString();
        for (String phone : bachDang) {
            long atEsms = esms.acceptedBodiesTo(phone).stream()
                    .filter(b -> b.contains(code))
                    .count();
            long atTwilio = twilio.acceptedBodiesTo(phone).stream()
                    .filter(b -> b.contains(code))
                    .count();
            assertThat(atEsms).as("eSMS to %s", phone).isZero();
            assertThat(atTwilio).as("Twilio to %s", phone).isOne();
        }
        assertThat(sms.failedOver()).isTrue();

        // eSMS answers again: the next probe it takes closes the breaker, and eSMS carries the next alert whole.
        esms.reset();
        waitingFor("a probe through eSMS", Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> sms.send(spare()) instanceof SendResult.Accepted a
                        && a.providerMessageId().startsWith(SmsProvider.ESMS_PREFIX));
        assertThat(sms.failedOver()).isFalse();
        String back =
                accept(TestBulletin.forWard(CAO_MINH)).get("alertIds").get(0).asString();
        awaitAllHandedOver(back, CAO_MINH);
        String later = getJson("/api/v1/alerts/" + back).get("shortCode").asString();
        for (String phone : phones(CAO_MINH)) {
            assertThat(esms.acceptedBodiesTo(phone).stream().filter(b -> b.contains(later)))
                    .as("eSMS to %s", phone)
                    .hasSize(1);
            assertThat(twilio.acceptedBodiesTo(phone).stream().filter(b -> b.contains(later)))
                    .as("Twilio to %s", phone)
                    .isEmpty();
        }
    }

    /** An SMS to a number of no ward, so that the wards' counts stay as the alerts made them. */
    private static Dispatch spare() {
        return new Dispatch(
                UUID.randomUUID(),
                new AlertId(UUID.randomUUID()),
                UUID.randomUUID(),
                Channel.SMS,
                Tier.EVERYONE,
                "+84912999999",
                "",
                "Thử eSMS",
                0,
                OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
    }
}
