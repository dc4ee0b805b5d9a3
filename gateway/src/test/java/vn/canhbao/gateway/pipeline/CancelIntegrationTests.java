package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
                p -> p.get("pending").asInt() == 0 && p.get("cancelled").asInt() > 0);
        int reached = stopped.get("handedOver").asInt();
        assertThat(reached + stopped.get("cancelled").asInt()).isEqualTo(RESIDENTS);

        JsonNode told = awaitProgress(
                cancelId,
                Duration.ofSeconds(30),
                p -> p.get("pending").asInt() == 0 && p.get("dispatches").asInt() > 0);
        assertThat(told.get("dispatches").asInt()).isEqualTo(reached);
        assertThat(told.get("handedOver").asInt()).isEqualTo(reached);

        String code = cancelAlert.get("shortCode").asString();
        long cancelMessages = 0;
        for (int i = 0; i < RESIDENTS; i++) {
            for (String body : twilio.acceptedBodiesTo(DemoWards.phone(DemoWards.WARDS.getFirst(), i))) {
                if (body.contains(code)) {
                    assertThat(body).startsWith("HỦY CẢNH BÁO LŨ QUÉT");
                    cancelMessages++;
                }
            }
        }
        assertThat(cancelMessages).isEqualTo(reached);
        Long urgentCancels = jdbc.queryForObject(
                "select count(*) from dispatch where alert_id = ? and urgent",
                Long.class,
                java.util.UUID.fromString(cancelId));
        assertThat(urgentCancels).as("a cancel travels in the urgent lane").isEqualTo(reached);
        Long urgentOriginal = jdbc.queryForObject(
                "select count(*) from dispatch d join recipient r on r.id = d.recipient_id where d.alert_id = ?"
                        + " and d.urgent and r.role <> 'LEADER'",
                Long.class,
                java.util.UUID.fromString(originalId));
        assertThat(urgentOriginal)
                .as("residents of a level-3 alert travel in the normal lane")
                .isZero();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private void awaitAccepted(int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (twilio.acceptedCount() < count) {
            assertThat(Instant.now())
                    .as("the simulator accepted %d messages", count)
                    .isBefore(deadline);
            Thread.sleep(20);
        }
    }
}
