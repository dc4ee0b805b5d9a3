package vn.canhbao.gateway.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.gateway.GatewayIntegrationTest;

/**
 * {@code canhbao.escalation.groups{outcome}} counts each end of a group's chase once, where the row changes: two
 * replicas marking the same group unreached, or hearing the same confirmation, count it once; a group whose rule is
 * not met, and a step short of the last, count nothing. Ward 00082 (Phường Cửa Nam) with two groups of one leader
 * each; the clock is held, and two repositories on their own registry play the replicas.
 */
class EscalationMetricsIntegrationTests extends GatewayIntegrationTest {

    private static final String WARD = "00082";
    private static final String LEADER_1 = "+84981000001";

    @Autowired
    EscalationClock clock;

    @Autowired
    EscalationPolicies policies;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GroupWatchRepository watches;

    @Test
    void eachEndOfAChaseIsCountedOnceHoweverManyReplicasMakeIt() throws Exception {
        importCsv(WARD, "/groups/import", "name\nTổ 1\nTổ 2\n");
        importCsv(
                WARD,
                "/residents/import",
                "name,phone,group,role,channels\n"
                        + "Nguyễn Văn Một," + LEADER_1 + ",Tổ 1,LEADER,SMS\n"
                        + "Trần Thị Hai,+84981000002,Tổ 2,LEADER,SMS\n");
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        GroupWatchRepository replicaA = new GroupWatchRepository(jdbc, policies, meters);
        GroupWatchRepository replicaB = new GroupWatchRepository(jdbc, policies, meters);
        clock.stop();
        try {
            UUID alert = UUID.fromString(
                    issueExercise("admin", WARD, "NGAP_LUT", EscalationIntegrationTests.HEADLINE, "Kê cao đồ đạc."));
            awaitUntil(
                    "both leaders planned",
                    Duration.ofSeconds(30),
                    () -> jdbc.queryForObject(
                                    "select count(*) from dispatch where alert_id = ? and tier = 'LEADER'",
                                    Integer.class,
                                    alert)
                            == 2);
            replicaA.start(alert, WARD, Instant.now().plusSeconds(600));
            UUID group1 = groupOf(alert, "Tổ 1");
            UUID group2 = groupOf(alert, "Tổ 2");

            // Nothing has ended: no confirmation yet, and a first step is not an end.
            replicaA.confirmed(alert, group1, null, Instant.now());
            assertThat(replicaA.advance(watch(replicaA, alert, "Tổ 2"), Stage.RESENT, Instant.now()))
                    .isTrue();
            assertThat(count(meters, "confirmed") + count(meters, "unreached")).isZero();

            jdbc.update("update group_watch set stage = 'CALLED' where alert_id = ? and group_id = ?", alert, group2);
            GroupWatch called = watch(replicaA, alert, "Tổ 2");
            assertThat(replicaA.advance(called, Stage.UNREACHED, null)).isTrue();
            assertThat(replicaB.advance(called, Stage.UNREACHED, null)).isFalse();

            UUID leader1 = jdbc.queryForObject("select id from recipient where phone = ?", UUID.class, LEADER_1);
            jdbc.update(
                    "insert into acknowledgement (alert_id, recipient_id, group_id, via) values (?, ?, ?, 'LINK')",
                    alert,
                    leader1,
                    group1);
            replicaA.confirmed(alert, group1, leader1, Instant.now());
            replicaB.confirmed(alert, group1, leader1, Instant.now());

            assertThat(count(meters, "unreached")).isEqualTo(1);
            assertThat(count(meters, "confirmed")).isEqualTo(1);
        } finally {
            clock.start();
        }
    }

    private UUID groupOf(UUID alert, String name) {
        return watch(watches, alert, name).groupId();
    }

    private static GroupWatch watch(GroupWatchRepository watches, UUID alert, String name) {
        return watches.ofAlert(alert).stream()
                .filter(w -> w.groupName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static double count(SimpleMeterRegistry meters, String outcome) {
        return meters.get("canhbao.escalation.groups")
                .tag("outcome", outcome)
                .counter()
                .count();
    }
}
