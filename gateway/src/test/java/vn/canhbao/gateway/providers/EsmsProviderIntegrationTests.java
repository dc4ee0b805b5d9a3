package vn.canhbao.gateway.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.canhbao.channels.SendResult;
import vn.canhbao.channels.simulator.EsmsSimulator;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;

/**
 * #18 with eSMS as the SMS provider and Twilio to fail over to: eSMS carries the SMS, Twilio takes over while eSMS
 * fails and eSMS takes it back once it answers, and nobody gets two; eSMS's delivery reports count only with the
 * callback secret and only for an SMS canhbao sent.
 *
 * <p>The whole service as in {@link GatewayIntegrationTest}, in an application context of its own, closed after this
 * class, with a database of its own: two contexts alive in one JVM on one database would work it as two replicas with
 * different simulators. So these tests run on H2 also where the others run on PostgreSQL; they change no SQL. The
 * breaker probes eSMS again one second after it opens. The simulator cannot report to {@code /webhooks/esms} itself, as
 * the service's port is chosen after the callback URL is set, so the tests send the reports eSMS would.
 */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:canhbao-esms;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "canhbao.channels.sms.primary=esms",
            "canhbao.channels.sms.secondary=twilio",
            "canhbao.channels.sms.failover.open-for=1s",
            "canhbao.channels.esms.callback-url=http://localhost/webhooks/esms?token="
                    + EsmsProviderIntegrationTests.CALLBACK_SECRET,
            "canhbao.channels.esms.limits.messages-per-second=1000",
            "canhbao.channels.esms.limits.max-concurrency=16"
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Tag("own-context") // in a JVM of its own: see gateway/pom.xml
class EsmsProviderIntegrationTests extends GatewayIntegrationTest {

    static final String CALLBACK_SECRET = "test-esms-callback-secret-0123";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    private EsmsSimulator esms;

    @Autowired
    private FailoverSmsAdapter sms;

    @Autowired
    private JdbcTemplate database;

    @Autowired
    private MeterRegistry meters;

    // Failover

    @Test
    void withEsmsAsTheProviderEveryResidentGetsOneSmsThereAndADeliveryReportCounts() throws Exception {
        String alertId =
                accept(TestBulletin.forWard(CAO_MINH)).get("alertIds").get(0).asString();
        awaitAllHandedOver(alertId, CAO_MINH);
        assertEachGotOneSmsThroughEsms(CAO_MINH, alertId);
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
        List<String> bachDang = residentPhones(BACH_DANG);
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

        // eSMS answers again: the next probe it takes (an SMS to a number of no ward, so that the wards' counts stay as
        // the alerts made them) closes the breaker, and eSMS carries the next alert whole.
        esms.reset();
        waitingFor("a probe through eSMS", Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> sms.send(FailoverSmsAdapterTests.sms("+84912999999")) instanceof SendResult.Accepted a
                        && a.providerMessageId().startsWith(SmsProvider.ESMS_PREFIX));
        assertThat(sms.failedOver()).isFalse();
        String back =
                accept(TestBulletin.forWard(CAO_MINH)).get("alertIds").get(0).asString();
        awaitAllHandedOver(back, CAO_MINH);
        assertEachGotOneSmsThroughEsms(CAO_MINH, back);
    }

    /** Asserts that every resident of {@code ward} got the alert's SMS once, through eSMS, and none through Twilio. */
    private void assertEachGotOneSmsThroughEsms(String ward, String alertId) throws Exception {
        String code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
        for (String phone : residentPhones(ward)) {
            assertThat(esms.acceptedBodiesTo(phone).stream().filter(b -> b.contains(code)))
                    .as("eSMS to %s", phone)
                    .hasSize(1);
            assertThat(twilio.acceptedBodiesTo(phone).stream().filter(b -> b.contains(code)))
                    .as("Twilio to %s", phone)
                    .isEmpty();
        }
    }

    // The delivery reports' webhook

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
        String alertId =
                accept(TestBulletin.forWard(BACH_DANG)).get("alertIds").get(0).asString();
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

    /** A delivery report as eSMS sends it: {@code GET /webhooks/esms?<query>}. */
    private HttpResponse<String> esmsReport(String query) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/esms?" + query))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A delivery report as a form POST. */
    private HttpResponse<String> esmsReportPosted(String form) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/esms"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
