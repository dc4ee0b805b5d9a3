package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.canhbao.core.audience.Recipient;
import vn.canhbao.core.audience.RecipientRole;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.console.ConsoleSession;
import vn.canhbao.gateway.registry.RecipientRepository;
import vn.canhbao.gateway.registry.WardPolicy;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/**
 * An SMS provider outage (#15): a warning keeps being retried while the alert is in force, however many attempts that
 * takes; a person the provider keeps failing gets the warning on another channel meanwhile; the officer's console and
 * the operator's metrics show what is waiting on the failing provider.
 */
class ProviderOutageIntegrationTests extends GatewayIntegrationTest {

    /** Phường Ngọc Hà, Hà Nội: a ward of its own, so the demo wards' counts stay as they are. */
    private static final String NGOC_HA = "00008";

    private static final String SMS_AND_ZALO_ID = "+84986000001";
    /** Chose only SMS and does not follow the ward's OA. */
    private static final String SMS_ONLY = "+84986000002";

    private static final String ZALO_USER = "8460000000000001";

    @Autowired
    WardPolicyRepository policies;

    @Autowired
    RecipientRepository recipients;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void endTheOutage() {
        twilio.reset();
    }

    @Test
    void anSmsOutageIsRetriedPastAnyCountTheNextChannelCarriesTheWarningAndTheConsoleSaysWhatWaits() throws Exception {
        policies.save(new WardPolicy(NGOC_HA, true, false, false));
        zalo.follow(ZALO_USER);
        recipients.addAll(
                List.of(person("Phạm Thị Lan", SMS_AND_ZALO_ID, ZALO_USER), person("Đỗ Văn Nam", SMS_ONLY, null)));
        // The outage lasts until the test ends it: every SMS to these two is answered 503.
        twilio.failNext(1_000_000, List.of(SMS_AND_ZALO_ID, SMS_ONLY));

        String alertId = accept(TestBulletin.forWard(NGOC_HA)
                        .expires(OffsetDateTime.now(ZoneOffset.ofHours(7)).plusHours(2)))
                .get("alertIds")
                .get(0)
                .asString();
        String code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();

        // After three failures in a row the person's next channel carries the warning as well.
        awaitUntil(
                "the Zalo message that stands in for the failing SMS",
                Duration.ofSeconds(30),
                () -> zalo.acceptedTextsTo(ZALO_USER).stream().anyMatch(t -> t.contains(code)));
        // Retried past what used to be the last attempt (ten in the tests, six by default), and still waiting.
        awaitUntil(
                "both SMS failed twelve times and wait to be retried",
                Duration.ofSeconds(60),
                () -> jdbc.queryForObject(
                                "select count(*) from dispatch where alert_id = ? and channel = 'SMS'"
                                        + " and attempts >= 12 and status in ('RETRY_WAIT', 'SENDING')",
                                Integer.class,
                                UUID.fromString(alertId))
                        == 2);

        var console = ConsoleSession.signIn(port, "admin", OFFICER_PASSWORD);
        JsonNode live = json.readTree(
                console.get("/console/alerts/" + alertId + "/progress").body());
        assertThat(live.get("channels").get("SMS").get("failed").asInt()).isZero();
        assertThat(live.get("text").get("waiting-SMS").asString())
                .matches("[12] tin đang chờ gửi lại vì nhà cung cấp đang lỗi, từ \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}\\."
                        + " canhbao thử lại đến khi cảnh báo hết hiệu lực lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4};"
                        + " người có kênh khác được gửi thêm qua kênh đó\\.");
        assertThat(live.get("text").get("waiting-ZALO").asString()).isEmpty();
        assertThat(console.get("/console/alerts/" + alertId).body())
                .contains("id=\"waiting-SMS\">")
                .contains("tin đang chờ gửi lại vì nhà cung cấp đang lỗi");
        awaitUntil("the operator's gauge counts the waiting SMS", Duration.ofSeconds(20), () -> waitingSms() >= 1);

        twilio.reset();

        JsonNode done = awaitProgress(alertId, Duration.ofSeconds(60), p -> count(p, "SMS", "handedOver") == 2);
        assertThat(count(done, "SMS", "failed")).isZero();
        for (String phone : List.of(SMS_AND_ZALO_ID, SMS_ONLY)) {
            assertThat(twilio.acceptedBodiesTo(phone))
                    .filteredOn(b -> b.contains(code))
                    .as("one SMS to %s once the provider is back", phone)
                    .hasSize(1);
        }
        assertThat(zalo.acceptedTextsTo(ZALO_USER))
                .filteredOn(t -> t.contains(code))
                .as("one Zalo message, however many SMS attempts failed")
                .hasSize(1);
        assertThat(zalo.acceptedTemplateDataTo(SMS_ONLY.substring(1)))
                .filteredOn(t -> t.contains(code))
                .as("a person who does not follow the OA gets Zalo's template message by phone instead")
                .hasSize(1);
    }

    private Recipient person(String name, String phone, String zaloUserId) {
        return new Recipient(
                UUID.randomUUID(),
                NGOC_HA,
                null,
                name,
                phone,
                RecipientRole.RESIDENT,
                false,
                "vi",
                zaloUserId,
                null,
                List.of(Channel.SMS));
    }

    private double waitingSms() {
        try {
            String scrape = getManagement("/actuator/prometheus").body();
            return scrape.lines()
                    .filter(l -> l.startsWith("canhbao_dispatches_waiting{")
                            && l.contains("channel=\"SMS\"")
                            && l.contains("reason=\"SERVER_ERROR\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                    .sum();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
