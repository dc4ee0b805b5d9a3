package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.alerts.AlertRepository;

/**
 * A dispatch whose dispatcher stopped after claiming it is sent again; one already handed over is left alone. An alert
 * is planned again only when its planning has stopped moving.
 */
class DispatchSweeperIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AlertRepository alerts;

    @Autowired
    PipelineProperties properties;

    @Autowired
    DispatchSweeper sweeper;

    @Test
    void abandonedClaimIsSentAgainAndSettledWorkIsNotTouched() throws Exception {
        var rows = handedOverSms(2);
        Map<String, Object> abandoned = rows.get(0);
        Map<String, Object> settled = rows.get(1);
        Timestamp anHourAgo = Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS));
        // As a dispatcher that died between its claim and its record would leave it, its stall timeout just ended.
        jdbc.update(
                "update dispatch set status = 'SENDING', updated_at = ?, next_attempt_at = ? where id = ?",
                anHourAgo,
                Timestamp.from(Instant.now()),
                abandoned.get("id"));
        jdbc.update(
                "update dispatch set updated_at = ?, next_attempt_at = ? where id = ?",
                anHourAgo,
                anHourAgo,
                settled.get("id"));
        int copiesBefore =
                twilio.acceptedBodiesTo((String) settled.get("address")).size();

        awaitUntil(
                "the abandoned claim is sent again",
                Duration.ofSeconds(15),
                () -> "ACCEPTED".equals(status(abandoned)) && attempts(abandoned) >= 2);

        assertThat(attempts(abandoned)).isEqualTo(2);
        // Three more sweeps, run here to their end: the settled row, as old as the abandoned one, stays as it is.
        for (int i = 0; i < 3; i++) {
            sweeper.sweep();
        }
        assertThat(status(settled)).isEqualTo("ACCEPTED");
        assertThat(attempts(settled)).isOne();
        assertThat(twilio.acceptedBodiesTo((String) settled.get("address"))).hasSize(copiesBefore);
    }

    @Test
    void anAlertWhosePlanningStillMovesIsNotPlannedASecondTime() throws Exception {
        String alertId =
                accept(TestBulletin.forWard(BACH_DANG)).get("alertIds").get(0).asString();
        awaitAllHandedOver(alertId, BACH_DANG);
        UUID id = UUID.fromString(alertId);
        assertThat(jdbc.queryForObject("select planning_moved_at from alert where id = ?", Instant.class, id))
                .as("each page written moves the planning")
                .isNotNull();
        Instant stalledBefore = Instant.now().minus(properties.stallTimeout());
        Timestamp anHourAgo = Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS));

        // Issued an hour ago and still being planned, a page written just now: a big ward, not a stalled one.
        jdbc.update(
                "update alert set state = 'ISSUED', issued_at = ?, planning_moved_at = ? where id = ?",
                anHourAgo,
                Timestamp.from(Instant.now()),
                id);
        assertThat(alerts.issuedNotPlannedBefore(stalledBefore))
                .noneMatch(a -> a.alert().id().value().equals(id));

        // No page for longer than the stall timeout: the planner stopped, and the sweeper takes the alert over.
        jdbc.update("update alert set planning_moved_at = ? where id = ?", anHourAgo, id);
        assertThat(alerts.issuedNotPlannedBefore(stalledBefore))
                .anyMatch(a -> a.alert().id().value().equals(id));
    }

    private String status(Map<String, Object> row) {
        return jdbc.queryForObject("select status from dispatch where id = ?", String.class, row.get("id"));
    }

    private int attempts(Map<String, Object> row) {
        Integer n = jdbc.queryForObject("select attempts from dispatch where id = ?", Integer.class, row.get("id"));
        return n == null ? 0 : n;
    }
}
