package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.DeliveryStatus;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.pipeline.DispatchRepository.Outcome;

/**
 * The batch claim (#6): one statement claims a whole Kafka batch, and however many dispatchers race for the same rows,
 * each dispatch is claimed by exactly one of them, at the attempt the database says.
 */
class DispatchClaimIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DispatchRepository dispatches;

    @Autowired
    DueDispatches sweeps;

    private UUID alertId;

    /** A draft alert of its own, with dispatch rows no topic carries: only this test claims them. */
    @BeforeEach
    void draftAlert() {
        alertId = UUID.randomUUID();
        jdbc.update(
                "insert into alert (id, ward_code, msg_type, status, state, hazard, severity, urgency, certainty,"
                        + " headline, sent, short_code) values (?, ?, 'ALERT', 'EXERCISE', 'DRAFT', 'MUA_LON',"
                        + " 'SEVERE', 'IMMEDIATE', 'LIKELY', 'claim test', ?, ?)",
                alertId,
                CAO_MINH,
                Timestamp.from(Instant.now()),
                "T" + alertId.toString().substring(0, 7));
    }

    @AfterEach
    void removeRows() {
        jdbc.update("delete from dispatch where alert_id = ?", alertId);
        jdbc.update("delete from alert_message where alert_id = ?", alertId);
        jdbc.update("delete from alert where id = ?", alertId);
    }

    @Test
    void dispatchersRacingForTheSameBatchesClaimEachDispatchOnce() throws Exception {
        List<UUID> ids = plan(2_000);
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Map<UUID, DispatchRepository.Claim>>>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int r = 0; r < racers; r++) {
                List<UUID> order = new ArrayList<>(ids);
                Collections.shuffle(order, new Random(r));
                results.add(pool.submit(() -> {
                    start.await();
                    // Each racer claims every row, in batches of 500 as a Kafka poll would bring them.
                    List<Map<UUID, DispatchRepository.Claim>> won = new ArrayList<>();
                    for (int from = 0; from < order.size(); from += 500) {
                        won.add(dispatches.claim(order.subList(from, from + 500)));
                    }
                    return won;
                }));
            }
            start.countDown();
            Set<UUID> claimed = new HashSet<>();
            int total = 0;
            for (Future<List<Map<UUID, DispatchRepository.Claim>>> result : results) {
                for (Map<UUID, DispatchRepository.Claim> batch : result.get()) {
                    assertThat(batch.values()).allMatch(claim -> claim.attempt() == 0);
                    claimed.addAll(batch.keySet());
                    total += batch.size();
                }
            }
            assertThat(total).as("claims in all").isEqualTo(ids.size());
            assertThat(claimed).containsExactlyInAnyOrderElementsOf(ids);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from dispatch where alert_id = ? and status = 'SENDING' and attempts = 1",
                        Integer.class,
                        alertId))
                .isEqualTo(ids.size());
        assertThat(dispatches.claim(ids))
                .as("claimed rows are not claimed again")
                .isEmpty();
    }

    @Test
    void claimTakesPlannedAndRetryingRowsAtTheirAttemptAndNothingSettled() {
        List<UUID> ids = plan(5);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("update dispatch set status = 'RETRY_WAIT', attempts = 2 where id = ?", ids.get(1));
        jdbc.update("update dispatch set status = 'ACCEPTED', attempts = 1 where id = ?", ids.get(2));
        jdbc.update("update dispatch set status = 'CANCELLED' where id = ?", ids.get(3));
        jdbc.update(
                "update dispatch set status = 'FAILED', attempts = 6, updated_at = ? where id = ?", now, ids.get(4));

        Map<UUID, DispatchRepository.Claim> claimed = dispatches.claim(ids);

        assertThat(claimed).containsOnlyKeys(ids.get(0), ids.get(1));
        assertThat(claimed.get(ids.get(0)).attempt()).isZero();
        assertThat(claimed.get(ids.get(1)).attempt()).isEqualTo(2);
    }

    @Test
    void aClaimFindsItsRowsByIdAndNeverByTheRangeOfEveryPlannedRow() {
        List<UUID> ids = plan(500);
        String plan = jdbc.execute((ConnectionCallback<String>) c -> {
            boolean postgres = c.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
            try (Statement settings = c.createStatement();
                    PreparedStatement explain =
                            c.prepareStatement("explain " + DispatchRepository.claimStatement(ids.size()))) {
                if (postgres) {
                    // The test's table is small enough to read whole; a ward's is not. Make the planner pick an index.
                    settings.execute("set enable_seqscan = off");
                }
                explain.setTimestamp(1, Timestamp.from(Instant.now()));
                explain.setTimestamp(2, Timestamp.from(Instant.now()));
                explain.setObject(3, UUID.randomUUID());
                for (int i = 0; i < ids.size(); i++) {
                    explain.setObject(4 + i, ids.get(i));
                }
                StringBuilder lines = new StringBuilder();
                try (ResultSet rs = explain.executeQuery()) {
                    while (rs.next()) {
                        lines.append(rs.getString(1)).append('\n');
                    }
                }
                return lines.toString().replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "…");
            } finally {
                if (postgres) {
                    try (Statement reset = c.createStatement()) {
                        reset.execute("reset enable_seqscan");
                    }
                }
            }
        });

        // Read through the sweeper's index (dispatch_due; dispatch_in_flight on PostgreSQL), each claim would cost as
        // much as all the rows planned and not yet sent, which in a large ward's fan-out is most of the ward; by
        // primary key it costs its own rows.
        assertThat(plan.toLowerCase(Locale.ROOT)).doesNotContain("dispatch_due", "dispatch_in_flight");
    }

    @Test
    void aRowCountsAsStalledFromItsLastMoveNotFromItsPlanning() {
        List<UUID> ids = plan(2);
        Timestamp anHourAgo = Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS));
        // Both were planned long ago (a large ward's rows wait their turn on the topic); one has just been claimed.
        jdbc.update("update dispatch set next_attempt_at = ? where alert_id = ?", anHourAgo, alertId);
        jdbc.update(
                "insert into alert_message (alert_id, channel, title, body) values (?, 'SMS', '', 'claim test')",
                alertId);
        dispatches.claim(List.of(ids.get(0)));

        assertThat(sweeps.takeDue(Instant.now(), 100, Set.of(Channel.SMS), SweepMarks.none()))
                .as("while the SMS lanes have records to read, a planned SMS is waiting its turn, not lost")
                .isEmpty();

        List<QueuedDispatch> due = sweeps.takeDue(Instant.now(), 100, Set.of(), SweepMarks.none());

        assertThat(due).extracting(q -> q.dispatch().id()).containsExactly(ids.get(1));
        assertThat(sweeps.takeDue(Instant.now(), 100, Set.of(), SweepMarks.none()))
                .as("taken rows are leased until the lease ends")
                .isEmpty();
    }

    @Test
    void aSweepReadsOnFromWhereTheLastStoppedAndFromTheStartOncePerFullInterval() {
        List<UUID> ids = plan(4);
        jdbc.update(
                "insert into alert_message (alert_id, channel, title, body) values (?, 'SMS', '', 'claim test')",
                alertId);
        // An hour back, where no other test's rows are due: a retry due at t0, read by the first sweep.
        Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        SweepMarks marks = new SweepMarks(Duration.ofMinutes(2));
        retryDueAt(ids.get(0), t0);
        assertThat(ours(sweeps.takeDue(t0.plusSeconds(1), 100, Set.of(Channel.values()), marks)))
                .containsExactly(ids.get(0));

        // Written after that sweep with earlier due times: one within the margin for late commits, one far behind.
        retryDueAt(ids.get(1), t0.minus(SweepMarks.MARGIN).plusSeconds(5));
        retryDueAt(ids.get(2), t0.minus(10, ChronoUnit.MINUTES));
        retryDueAt(ids.get(3), t0.plusSeconds(3));
        assertThat(ours(sweeps.takeDue(t0.plusSeconds(5), 100, Set.of(Channel.values()), marks)))
                .as("the next sweep reads on from the last, less the margin")
                .containsExactlyInAnyOrder(ids.get(1), ids.get(3));

        assertThat(ours(sweeps.takeDue(t0.plusSeconds(60), 100, Set.of(Channel.values()), marks)))
                .as("leases that ended are read again; the row far behind the mark is not")
                .containsExactlyInAnyOrder(ids.get(0), ids.get(1), ids.get(3));
        assertThat(ours(sweeps.takeDue(t0.plus(3, ChronoUnit.MINUTES), 100, Set.of(Channel.values()), marks)))
                .as("once per full interval a sweep reads the range from its start")
                .contains(ids.get(2));
    }

    private void retryDueAt(UUID id, Instant due) {
        jdbc.update(
                "update dispatch set status = 'RETRY_WAIT', next_attempt_at = ? where id = ?", Timestamp.from(due), id);
    }

    private List<UUID> ours(List<QueuedDispatch> taken) {
        return taken.stream()
                .filter(q -> q.dispatch().alertId().value().equals(alertId))
                .map(q -> q.dispatch().id())
                .toList();
    }

    @Test
    void outcomesOfABatchAreRecordedTogether() {
        List<UUID> ids = plan(3);
        dispatches.claim(ids);
        Instant next = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);

        dispatches.record(List.of(
                new Outcome(ids.get(0), DeliveryStatus.ACCEPTED, "SM-1", null, null, null, Instant.now()),
                new Outcome(ids.get(1), DeliveryStatus.RETRY_WAIT, null, "RATE_LIMITED", "429", next, null),
                new Outcome(ids.get(2), DeliveryStatus.FAILED, null, "INVALID_ADDRESS", "21211", null, null)));

        var rows = jdbc.queryForList(
                "select id, status, provider_message_id, failure_reason, next_attempt_at from dispatch"
                        + " where alert_id = ?",
                alertId);
        Map<Object, Map<String, Object>> byId = new java.util.HashMap<>();
        rows.forEach(row -> byId.put(row.get("id"), row));
        assertThat(byId.get(ids.get(0)))
                .containsEntry("status", "ACCEPTED")
                .containsEntry("provider_message_id", "SM-1");
        assertThat(byId.get(ids.get(1)))
                .containsEntry("status", "RETRY_WAIT")
                .containsEntry("failure_reason", "RATE_LIMITED");
        assertThat(((java.time.temporal.TemporalAccessor)
                        toInstant(byId.get(ids.get(1)).get("next_attempt_at"))))
                .isEqualTo(next);
        assertThat(byId.get(ids.get(2)))
                .containsEntry("status", "FAILED")
                .containsEntry("failure_reason", "INVALID_ADDRESS");
    }

    private static Instant toInstant(Object value) {
        return switch (value) {
            case Timestamp t -> t.toInstant();
            case java.time.OffsetDateTime o -> o.toInstant();
            default -> throw new IllegalArgumentException("not a time: " + value);
        };
    }

    private List<UUID> plan(int n) {
        List<QueuedDispatch> planned = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            planned.add(new QueuedDispatch(
                    new Dispatch(
                            UUID.randomUUID(),
                            new AlertId(alertId),
                            UUID.randomUUID(),
                            Channel.SMS,
                            Tier.EVERYONE,
                            "+8490" + String.format("%07d", i),
                            "",
                            "claim test",
                            0,
                            null),
                    false));
        }
        dispatches.insertPlanned(planned);
        return planned.stream().map(q -> q.dispatch().id()).toList();
    }
}
