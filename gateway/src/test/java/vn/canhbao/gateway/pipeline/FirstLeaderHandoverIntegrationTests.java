package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.gateway.GatewayIntegrationTest;

/**
 * An alert's first leader is kept on the alert (and in its report) and timed once ({@code canhbao.alert.first_leader}): by whichever
 * replica handed a leader's message over first, never again by another or by a later leader; an alert not issued is
 * not timed.
 */
class FirstLeaderHandoverIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anIssuedAlertKeepsWhenItsFirstLeaderWasHandedOver() throws Exception {
        UUID alert = UUID.fromString(issueDrillToCaoMinh());

        Instant issued = timestamp("issued_at", alert);
        Instant firstLeader = timestamp("first_leader_at", alert);
        Instant firstLeaderDispatch = jdbc.queryForObject(
                        "select min(handed_over_at) from dispatch where alert_id = ? and tier = 'LEADER'",
                        Timestamp.class,
                        alert)
                .toInstant();

        assertThat(json.readTree(asOfficer("admin", "GET", "/api/v1/alerts/" + alert + "/report", null)
                                .body())
                        .get("timeline")
                        .findValuesAsString("what"))
                .as("the report says it")
                .contains("leader.first");
        assertThat(firstLeader).isAfterOrEqualTo(issued);
        // The alert's time is the provider's answer; a dispatch row's is when its outcome was written, just after.
        assertThat(Duration.between(firstLeader, firstLeaderDispatch).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theRuleFindsItsTenSecondBucketInTheScrape() throws Exception {
        issueDrillToCaoMinh();

        // deploy/prometheus/canhbao-rules.yml, CanhbaoFirstLeaderSlow, counts the alerts above le="10.0".
        assertThat(getManagement("/actuator/prometheus").body().lines())
                .anyMatch(line ->
                        line.startsWith("canhbao_alert_first_leader_seconds_bucket{") && line.contains("le=\"10.0\""));
    }

    @Test
    void twoReplicasAndLaterLeadersTimeTheAlertOnce() throws Exception {
        UUID alert = UUID.fromString(issueDrillToCaoMinh());
        jdbc.update("update alert set first_leader_at = null where id = ?", alert);
        Instant issued = timestamp("issued_at", alert);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        FirstLeaderHandover replicaA = new FirstLeaderHandover(jdbc, meters);
        FirstLeaderHandover replicaB = new FirstLeaderHandover(jdbc, meters);

        replicaA.handedOver(alert, issued.plusMillis(1_500));
        replicaB.handedOver(alert, issued.plusMillis(1_700));
        replicaA.handedOver(alert, issued.plusSeconds(3));
        replicaB.handedOver(alert, issued.plusSeconds(4));

        Timer timer = meters.get("canhbao.alert.first_leader").timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1_500);
        assertThat(timestamp("first_leader_at", alert)).isEqualTo(issued.plusMillis(1_500));
    }

    @Test
    void nothingIsTimedForADraftOrAnUnknownAlert() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        FirstLeaderHandover replica = new FirstLeaderHandover(jdbc, meters);
        HttpResponse<String> draft = asOfficer(
                "officer.caominh",
                "POST",
                "/api/v1/alerts",
                "{\"wards\":[\"" + CAO_MINH + "\"],\"hazard\":\"LU_QUET\",\"riskLevel\":3,\"status\":\"EXERCISE\","
                        + "\"headline\":\"Diễn tập lũ quét tại Xã Cao Minh\",\"instruction\":\"Di dời.\"}");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        UUID alert = UUID.fromString(json.readTree(draft.body()).get("id").asString());

        replica.handedOver(alert, Instant.now());
        replica.handedOver(UUID.randomUUID(), Instant.now());

        assertThat(meters.get("canhbao.alert.first_leader").timer().count()).isZero();
        assertThat(jdbc.queryForObject("select first_leader_at from alert where id = ?", Timestamp.class, alert))
                .isNull();
    }

    private Instant timestamp(String column, UUID alert) {
        return jdbc.queryForObject("select " + column + " from alert where id = ?", Timestamp.class, alert)
                .toInstant();
    }
}
