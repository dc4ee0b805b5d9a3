package vn.canhbao.gateway.pipeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;

/**
 * The sweeper's reading of the dispatch rows: what is due again (retries after their backoff), what stalled, and what
 * a dead process had claimed. Apart from {@link DispatchRepository}, whose statements are the dispatchers' own.
 */
@Repository
class DueDispatches {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DispatchRepository dispatches;
    private final java.time.Duration stallTimeout;

    DueDispatches(
            JdbcTemplate jdbc, TransactionTemplate tx, DispatchRepository dispatches, PipelineProperties properties) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.dispatches = dispatches;
        this.stallTimeout = properties.stallTimeout();
    }

    /** The sweepers' marks, shared by the replicas through the database. */
    SweepMarks sharedMarks() {
        return new SweepMarks(stallTimeout, jdbc);
    }

    /**
     * Takes over the dispatches claimed by processes whose lease lapsed before {@code lapsedBefore} (#15, #17): such a
     * process died, or lost the database for longer than the lease. Each comes back as a retry leased until
     * {@code stall-timeout} from {@code now}, for the caller to send at once; should the caller die too, the sweeper
     * puts it on its topic again after that.
     *
     * @return those taken, at most {@code limit}
     */
    List<QueuedDispatch> takeOverLapsed(Instant lapsedBefore, Instant now, int limit) {
        List<Due> held = dueRows(
                "d.status = 'SENDING' and d.claimed_by in (select incarnation from dispatcher_lease where renewed_at < ?)",
                limit,
                Timestamp.from(lapsedBefore));
        List<QueuedDispatch> taken = held.isEmpty() ? List.of() : retake(held, now);
        if (held.size() < limit) {
            // A lease lapsed this long has nothing left to take over: its claims went when it lapsed.
            jdbc.update(
                    "delete from dispatcher_lease where renewed_at < ?",
                    Timestamp.from(lapsedBefore.minus(stallTimeout)));
        }
        return taken;
    }

    /**
     * Dispatches to put on their topic again: retries that are due, and work that stalled (planned but never claimed,
     * or claimed by a dispatcher that stopped before recording the outcome), each by its {@code next_attempt_at}.
     * That time is pushed out by {@code stall-timeout} so that the next sweep does not send them again while they wait
     * on the topic. Planned dispatches of the channels in {@code waiting} are left alone: their lanes have records
     * still to read, so they are only waiting their turn, and putting them on the topic again would only lengthen the
     * queue.
     */
    List<QueuedDispatch> takeDue(Instant now, int limit, Set<Channel> waiting, SweepMarks marks) {
        // One query per status and channel, each a range of the index (status, channel, next_attempt_at), read from
        // where the last sweep stopped.
        List<Due> due = new ArrayList<>();
        List<Runnable> readTo = new ArrayList<>();
        Timestamp upTo = Timestamp.from(now);
        marks.load();
        for (String status : List.of("RETRY_WAIT", "SENDING", "PLANNED")) {
            for (Channel channel : Channel.values()) {
                int room = limit - due.size();
                if (room <= 0 || status.equals("PLANNED") && waiting.contains(channel)) {
                    continue; // PLANNED: still queued behind other records on its lane, not lost
                }
                SweepMarks.Range range = new SweepMarks.Range(status, channel);
                Instant from = marks.from(range, now);
                String condition = "d.status = '" + status + "' and d.channel = '" + channel.name()
                        + "' and d.next_attempt_at <= ?";
                List<Due> rows = from == null
                        ? dueRows(condition, room, upTo)
                        : dueRows(condition + " and d.next_attempt_at > ?", room, upTo, Timestamp.from(from));
                Instant end = rows.size() < room
                        ? now
                        : rows.getLast().nextAttemptAt().toInstant();
                readTo.add(() -> marks.read(range, from, end, now));
                due.addAll(rows);
            }
        }
        if (due.isEmpty()) {
            readTo.forEach(Runnable::run);
            marks.save();
            return List.of();
        }
        List<QueuedDispatch> taken = retake(due, now);
        // Only now that the rows read are leased again: had the update failed, the next sweep reads them again.
        readTo.forEach(Runnable::run);
        marks.save();
        return taken;
    }

    /**
     * Makes retries of the rows read, leased until {@code stall-timeout} from now; a stalled claim becomes a retry: the
     * dispatcher that claimed it is gone, and a lost warning is worse than a rare second copy. The update holds only if
     * the row is as it was read, so a dispatch claimed or settled in the meantime is left to its dispatcher.
     *
     * @return the rows that were as read, now retries
     */
    private List<QueuedDispatch> retake(List<Due> rows, Instant now) {
        Timestamp leaseEnd = dispatches.stalledAfter(now);
        Timestamp stamp = Timestamp.from(now);
        int[][] counts = tx.execute(status -> jdbc.batchUpdate(
                "update dispatch set status = case when status = 'SENDING' then 'RETRY_WAIT' else status end,"
                        + " next_attempt_at = ?, updated_at = ?, claimed_by = null"
                        + " where id = ? and status = ? and updated_at = ?",
                rows,
                BATCH,
                (ps, d) -> {
                    ps.setTimestamp(1, leaseEnd);
                    ps.setTimestamp(2, stamp);
                    ps.setObject(3, d.queued().dispatch().id());
                    ps.setString(4, d.status());
                    ps.setTimestamp(5, d.updatedAt());
                }));
        List<QueuedDispatch> taken = new ArrayList<>(rows.size());
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count > 0) {
                    taken.add(rows.get(i).queued());
                }
                i++;
            }
        }
        return taken;
    }

    /** A row the sweeper read, with the status and time it had then. */
    private record Due(QueuedDispatch queued, String status, Timestamp updatedAt, Timestamp nextAttemptAt) {}

    private List<Due> dueRows(String condition, int limit, Object... args) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbc.query(
                "select d.id, d.alert_id, d.recipient_id, d.channel, d.tier, d.address, d.attempts, m.title, m.body,"
                        + " a.expires, d.urgent, d.status, d.updated_at, d.next_attempt_at from dispatch d"
                        + " join alert_message m on m.alert_id = d.alert_id and m.channel = d.channel"
                        + " join alert a on a.id = d.alert_id"
                        + " where " + condition + " order by d.next_attempt_at limit " + limit,
                (rs, i) -> new Due(
                        new QueuedDispatch(
                                new Dispatch(
                                        rs.getObject(1, UUID.class),
                                        new AlertId(rs.getObject(2, UUID.class)),
                                        rs.getObject(3, UUID.class),
                                        Channel.valueOf(rs.getString(4)),
                                        Tier.valueOf(rs.getString(5)),
                                        rs.getString(6),
                                        rs.getString(8),
                                        rs.getString(9),
                                        rs.getInt(7),
                                        DispatchRepository.offset(rs.getTimestamp(10))),
                                rs.getBoolean(11)),
                        rs.getString(12),
                        rs.getTimestamp(13),
                        rs.getTimestamp(14)),
                args);
    }
}
