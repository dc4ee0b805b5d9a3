package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.local.DemoWards;

/** A cancel stops what the original has not yet sent and tells only the people the original reached. */
class CancelIntegrationTests extends GatewayIntegrationTest {

    @AfterEach
    void restore() {
        twilio.latency(Duration.ZERO);
    }

    @Test
    void cancelStopsUnsentMessagesAndReachesOnlyThoseAlreadyWarned() throws Exception {
        twilio.latency(Duration.ofMillis(300));
        TestBulletin original = TestBulletin.forWard(BACH_DANG);
        String originalId = accept(original).get("alertIds").get(0).asString();
        int before = twilio.acceptedCount();
        awaitAccepted(before + 3);

        JsonNode cancel =
                accept(TestBulletin.forWard(BACH_DANG).msgType("Cancel").references(original));
        String cancelId = cancel.get("alertIds").get(0).asString();
        JsonNode cancelAlert = getJson("/api/v1/alerts/" + cancelId);
        assertThat(cancelAlert.get("msgType").asString()).isEqualTo("Cancel");
        assertThat(cancelAlert.get("references").get(0).asString()).isEqualTo(originalId);

        JsonNode stopped = awaitProgress(
                originalId,
                Duration.ofSeconds(30),
                p -> p.get("pending").asInt() == 0 && count(p, "SMS", "cancelled") > 0);
        assertThat(count(stopped, "SMS", "handedOver") + count(stopped, "SMS", "cancelled"))
                .isEqualTo(RESIDENTS);

        JsonNode told = awaitProgress(
                cancelId,
                Duration.ofSeconds(30),
                p -> p.get("pending").asInt() == 0 && p.get("dispatches").asInt() > 0);
        assertThat(told.get("failed").asInt()).isZero();
        assertThat(told.get("handedOver").asInt())
                .isEqualTo(told.get("dispatches").asInt());
        Long toTheUnwarned = jdbc.queryForObject(
                "select count(*) from dispatch c where c.alert_id = ? and not exists (select 1 from dispatch o"
                        + " where o.alert_id = ? and o.recipient_id = c.recipient_id"
                        + " and o.status in ('ACCEPTED', 'DELIVERED', 'UNDELIVERED'))",
                Long.class,
                UUID.fromString(cancelId),
                UUID.fromString(originalId));
        assertThat(toTheUnwarned)
                .as("cancel messages to people the original never reached")
                .isZero();

        String code = cancelAlert.get("shortCode").asString();
        long cancelSms = 0;
        for (int i = 0; i < RESIDENTS; i++) {
            for (String body : twilio.acceptedBodiesTo(DemoWards.phone(DemoWards.WARDS.getFirst(), i))) {
                if (body.contains(code)) {
                    assertThat(body).startsWith("HỦY CẢNH BÁO LŨ QUÉT");
                    cancelSms++;
                }
            }
        }
        assertThat(cancelSms).isEqualTo(count(told, "SMS", "handedOver"));
        Long notUrgent = jdbc.queryForObject(
                "select count(*) from dispatch where alert_id = ? and not urgent",
                Long.class,
                UUID.fromString(cancelId));
        assertThat(notUrgent).as("a cancel travels in the urgent lane").isZero();
        Long urgentResidents = jdbc.queryForObject(
                "select count(*) from dispatch d join recipient r on r.id = d.recipient_id where d.alert_id = ?"
                        + " and d.urgent and r.role <> 'LEADER'",
                Long.class,
                UUID.fromString(originalId));
        assertThat(urgentResidents)
                .as("residents of a level-3 alert travel in the normal lane")
                .isZero();
    }

    @Autowired
    JdbcTemplate jdbc;
}
