package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;

/** A dispatch whose dispatcher stopped after claiming it is sent again; one already handed over is left alone. */
class DispatchSweeperIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void abandonedClaimIsSentAgainAndSettledWorkIsNotTouched() throws Exception {
        String alertId =
                accept(TestBulletin.forWard(CAO_MINH)).get("alertIds").get(0).asString();
        awaitAllHandedOver(alertId, CAO_MINH);
        var rows = jdbc.queryForList(
                "select id, address from dispatch where alert_id = ? and channel = 'SMS' order by id limit 2",
                UUID.fromString(alertId));
        Map<String, Object> abandoned = rows.get(0);
        Map<String, Object> settled = rows.get(1);
        Timestamp anHourAgo = Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS));
        // As a dispatcher that died between its claim and its record would leave it.
        jdbc.update(
                "update dispatch set status = 'SENDING', updated_at = ?, next_attempt_at = ? where id = ?",
                anHourAgo,
                anHourAgo,
                abandoned.get("id"));
        jdbc.update(
                "update dispatch set updated_at = ?, next_attempt_at = ? where id = ?",
                anHourAgo,
                anHourAgo,
                settled.get("id"));
        int copiesBefore =
                twilio.acceptedBodiesTo((String) settled.get("address")).size();

        Instant deadline = Instant.now().plusSeconds(15);
        while (!"ACCEPTED".equals(status(abandoned)) || attempts(abandoned) < 2) {
            assertThat(Instant.now()).as("the abandoned claim is sent again").isBefore(deadline);
            Thread.sleep(100);
        }

        assertThat(attempts(abandoned)).isEqualTo(2);
        Thread.sleep(1500); // three more sweeps
        assertThat(status(settled)).isEqualTo("ACCEPTED");
        assertThat(attempts(settled)).isOne();
        assertThat(twilio.acceptedBodiesTo((String) settled.get("address"))).hasSize(copiesBefore);
    }

    private String status(Map<String, Object> row) {
        return jdbc.queryForObject("select status from dispatch where id = ?", String.class, row.get("id"));
    }

    private int attempts(Map<String, Object> row) {
        Integer n = jdbc.queryForObject("select attempts from dispatch where id = ?", Integer.class, row.get("id"));
        return n == null ? 0 : n;
    }
}
