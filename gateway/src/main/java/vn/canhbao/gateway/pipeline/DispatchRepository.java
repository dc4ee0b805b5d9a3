package vn.canhbao.gateway.pipeline;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.DeliveryStatus;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;

/**
 * Dispatch rows: the durable state of every message. Writes are batched; the claim is a conditional update, so of two
 * dispatchers that receive the same dispatch only one sends it.
 *
 * <p>{@code next_attempt_at} is when the sweeper should look at a row that has not moved: a retry's due time, or for
 * a row planned or claimed, the moment it counts as stalled. One index, {@code (status, channel, next_attempt_at)},
 * then serves every sweep, and each row write maintains one index fewer than a separate "stalled since" index would
 * need.
 */
@Repository
public class DispatchRepository {

    private static final int BATCH = 1000;
    /**
     * The status test of the claim, written so that no index can serve it: the rows are found by their ids, and the
     * status only filters them. As a plain {@code status in (…)} PostgreSQL's planner, which takes planned rows to be
     * rare, read the whole planned range of the sweeper's index ({@code dispatch_due}; {@code dispatch_in_flight} on
     * PostgreSQL) for every claim and intersected it with the ids: 80 % of the server's time in a 100,000-person
     * fan-out, and more the larger the ward.
     */
    private static final String CLAIMABLE = "(status in ('PLANNED', 'RETRY_WAIT')) is true";

    /** Ids in one {@code in (…)} list: a Kafka batch (500 records by default) in one statement. */
    private static final int IN_LIST = 1000;

    /**
     * What became of one attempt, to be recorded; {@code handedOverAt} only when the provider accepted it. An attempt
     * the provider refused only to slow us down ({@code counted} false) is not counted among the dispatch's attempts.
     */
    public record Outcome(
            UUID id,
            DeliveryStatus status,
            String providerMessageId,
            String reason,
            String detail,
            Instant nextAttemptAt,
            Instant handedOverAt,
            boolean counted) {

        public Outcome(
                UUID id,
                DeliveryStatus status,
                String providerMessageId,
                String reason,
                String detail,
                Instant nextAttemptAt,
                Instant handedOverAt) {
            this(id, status, providerMessageId, reason, detail, nextAttemptAt, handedOverAt, true);
        }
    }

    /** A dispatch won by a claim: its attempt number (0 for the first) and when it was planned. */
    public record Claim(int attempt, Instant planned) {}

    /** Counts of one channel's dispatches of an alert, by status. */
    public record StatusCount(Channel channel, DeliveryStatus status, long count) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Duration stallTimeout;
    /** PostgreSQL returns the claimed rows with {@code update … returning}; H2 with {@code final table (update …)}. */
    private final boolean updateReturning;

    private final DispatcherLease lease;

    DispatchRepository(
            JdbcTemplate jdbc, TransactionTemplate tx, PipelineProperties properties, DispatcherLease lease) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.stallTimeout = properties.stallTimeout();
        this.lease = lease;
        this.updateReturning = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>)
                c -> c.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")));
    }

    /** When a row planned or claimed now counts as stalled if it has not moved. */
    private Timestamp stalledAfter(Instant now) {
        return Timestamp.from(now.plus(stallTimeout));
    }

    /** Writes planned dispatches; a dispatch whose key exists already is left as it is. */
    void insertPlanned(List<QueuedDispatch> dispatches) {
        Instant instant = Instant.now();
        Timestamp now = Timestamp.from(instant);
        Timestamp stalled = stalledAfter(instant);
        jdbc.batchUpdate(
                "insert into dispatch (id, alert_id, recipient_id, channel, tier, address, status, created_at,"
                        + " updated_at, urgent, next_attempt_at) values (?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?)"
                        + " on conflict do nothing",
                dispatches,
                BATCH,
                (ps, q) -> {
                    Dispatch d = q.dispatch();
                    ps.setObject(1, d.id());
                    ps.setObject(2, d.alertId().value());
                    ps.setObject(3, d.recipientId());
                    ps.setString(4, d.channel().name());
                    ps.setString(5, d.tier().name());
                    ps.setString(6, d.address());
                    ps.setTimestamp(7, now);
                    ps.setTimestamp(8, now);
                    ps.setBoolean(9, q.urgent());
                    ps.setTimestamp(10, stalled);
                });
    }

    /**
     * Claims the dispatches that are still claimable for this process and returns them. Dispatches already claimed,
     * sent, failed or cancelled are left out. One conditional update per batch returns the rows it won: of two
     * dispatchers racing for the same rows, each row goes to exactly one of them. A claimed row is taken over when
     * this process's lease lapses, and counts as stalled {@code stall-timeout} after its claim.
     */
    public Map<UUID, Claim> claim(Collection<UUID> ids) {
        List<UUID> list = List.copyOf(ids);
        Map<UUID, Claim> claims = new HashMap<>();
        Instant instant = Instant.now();
        for (int from = 0; from < list.size(); from += IN_LIST) {
            List<UUID> chunk = list.subList(from, Math.min(list.size(), from + IN_LIST));
            String update = claimStatement(chunk.size());
            List<Object> args = new ArrayList<>(chunk.size() + 3);
            args.add(Timestamp.from(instant));
            args.add(stalledAfter(instant));
            args.add(lease.incarnation());
            args.addAll(chunk);
            // One statement claims the rows and returns those it won: a row another dispatcher won is not among them.
            jdbc.query(
                    updateReturning
                            ? update + " returning id, attempts, created_at"
                            : "select id, attempts, created_at from final table (" + update + ")",
                    rs -> {
                        claims.put(
                                rs.getObject(1, UUID.class),
                                new Claim(rs.getInt(2) - 1, rs.getTimestamp(3).toInstant()));
                    },
                    args.toArray());
        }
        return claims;
    }

    /** The claim of {@code n} dispatches by id: two times and the claimant, then the ids. */
    static String claimStatement(int n) {
        return "update dispatch set status = 'SENDING', attempts = attempts + 1, updated_at = ?, next_attempt_at = ?,"
                + " claimed_by = ? where id in (" + marks(n) + ") and " + CLAIMABLE;
    }

    /**
     * Puts the dispatches claimed by processes whose lease lapsed before {@code lapsedBefore} back as retries due at
     * {@code now}, for the sweep that follows to hand to the living (#15). Such a process died, or lost the database
     * for longer than the lease: either way what it claimed would otherwise wait for {@code stall-timeout}.
     *
     * @return how many were taken over
     */
    int takeOverLapsed(Instant lapsedBefore, Instant now) {
        Timestamp stamp = Timestamp.from(now);
        int taken = jdbc.update(
                "update dispatch set status = 'RETRY_WAIT', next_attempt_at = ?, updated_at = ?, claimed_by = null"
                        + " where status = 'SENDING' and claimed_by in"
                        + " (select incarnation from dispatcher_lease where renewed_at < ?)",
                stamp,
                stamp,
                Timestamp.from(lapsedBefore));
        // A lease lapsed this long has nothing left to take over: its claims went at the first sweep after it lapsed.
        jdbc.update(
                "delete from dispatcher_lease where renewed_at < ?", Timestamp.from(lapsedBefore.minus(stallTimeout)));
        return taken;
    }

    /**
     * Records the outcomes of a round of sends, in one transaction: one commit for the batch rather than one per row,
     * which is most of the cost of a small update (a log flush on PostgreSQL, a store commit in H2).
     */
    public void record(List<Outcome> outcomes) {
        Timestamp now = Timestamp.from(Instant.now());
        tx.executeWithoutResult(status -> jdbc.batchUpdate(
                "update dispatch set status = ?, provider_message_id = coalesce(?, provider_message_id),"
                        + " failure_reason = ?, detail = ?, next_attempt_at = ?, updated_at = ?,"
                        + " handed_over_at = coalesce(?, handed_over_at), attempts = attempts - ? where id = ?"
                        // A receipt may have shown the message handed over already (a slow record, or one a process
                        // recorded after its claim was taken over): no attempt's outcome undoes that.
                        + " and status not in ('ACCEPTED', 'DELIVERED', 'UNDELIVERED')",
                outcomes,
                BATCH,
                (ps, o) -> {
                    ps.setString(1, o.status().name());
                    ps.setString(2, o.providerMessageId());
                    ps.setString(3, o.reason());
                    ps.setString(4, o.detail());
                    ps.setTimestamp(5, o.nextAttemptAt() == null ? null : Timestamp.from(o.nextAttemptAt()));
                    ps.setTimestamp(6, now);
                    ps.setTimestamp(7, o.handedOverAt() == null ? null : Timestamp.from(o.handedOverAt()));
                    ps.setInt(8, o.counted() ? 0 : 1);
                    ps.setObject(9, o.id());
                }));
    }

    /**
     * Puts an alert's dead-lettered dispatches on a channel back to {@code PLANNED} with a fresh count of attempts,
     * only those failed for {@code reason} when one is given, never those whose alert has expired.
     *
     * @return how many were reset
     */
    int resetFailed(AlertId alertId, Channel channel, String reason) {
        Instant instant = Instant.now();
        Timestamp now = Timestamp.from(instant);
        List<Object> args = new ArrayList<>(List.of(stalledAfter(instant), now, alertId.value(), channel.name(), now));
        String sql = "update dispatch set status = 'PLANNED', attempts = 0, next_attempt_at = ?,"
                + " failure_reason = null, detail = null, updated_at = ?"
                + " where alert_id = ? and channel = ? and status = 'FAILED' and failure_reason <> 'EXPIRED'"
                + " and exists (select 1 from alert a where a.id = dispatch.alert_id"
                + " and (a.expires is null or a.expires > ?))";
        if (reason != null && !reason.isBlank()) {
            sql += " and failure_reason = ?";
            args.add(reason);
        }
        return jdbc.update(sql, args.toArray());
    }

    /** How many of some alerts' urgent dispatches are still waiting to be claimed, and how many are being sent. */
    record UrgentInFlight(long planned, long sending) {

        long total() {
            return planned + sending;
        }
    }

    UrgentInFlight urgentInFlight(Collection<AlertId> alertIds) {
        return jdbc.queryForObject(
                "select coalesce(sum(case when status = 'PLANNED' then 1 else 0 end), 0),"
                        + " coalesce(sum(case when status = 'SENDING' then 1 else 0 end), 0) from dispatch"
                        + " where alert_id in (" + marks(alertIds.size()) + ") and urgent = true"
                        // By the alerts' rows, not by the range of every planned row (see CLAIMABLE).
                        + " and (status in ('PLANNED', 'SENDING')) is true",
                (rs, i) -> new UrgentInFlight(rs.getLong(1), rs.getLong(2)),
                alertIds.stream().map(AlertId::value).toArray());
    }

    /**
     * Records a provider's receipt of a dispatch: a later report (delivered, undelivered) on one handed over, or the
     * provider's word that it has the message ({@code ACCEPTED}: Twilio's queued or sent) on one that canhbao had not
     * yet recorded as handed over: claimed by a process that died before recording it, or waiting to be retried after
     * an answer that was lost. Such a dispatch is then handed over and not sent again (#15).
     *
     * @return whether the dispatch moved
     */
    public boolean recordReceipt(UUID id, DeliveryStatus status, String providerMessageId, Instant at) {
        // Receipts only move a dispatch forward (#15): a replayed or late "undelivered" does not undo "delivered", and
        // the same receipt twice changes nothing.
        String from =
                switch (status) {
                    case DELIVERED -> "('ACCEPTED', 'UNDELIVERED', 'SENDING', 'RETRY_WAIT')";
                    case UNDELIVERED -> "('ACCEPTED', 'SENDING', 'RETRY_WAIT')";
                    case ACCEPTED -> "('SENDING', 'RETRY_WAIT')";
                    default -> throw new IllegalArgumentException("Not a receipt: " + status);
                };
        return 0
                < jdbc.update(
                        "update dispatch set status = ?, provider_message_id = coalesce(provider_message_id, ?),"
                                + " handed_over_at = coalesce(handed_over_at, ?), next_attempt_at = null, updated_at = ?"
                                + " where id = ? and status in " + from,
                        status.name(),
                        providerMessageId,
                        Timestamp.from(at),
                        Timestamp.from(Instant.now()),
                        id);
    }

    /** The claimable dispatches of an alert on a channel, leaders and loudspeakers first, with their text. */
    List<QueuedDispatch> claimableOf(AlertId alertId, Channel channel) {
        return jdbc.query(
                "select d.id, d.recipient_id, d.tier, d.address, d.attempts, m.title, m.body, a.expires, d.urgent"
                        + " from dispatch d join alert_message m on m.alert_id = d.alert_id and m.channel = d.channel"
                        + " join alert a on a.id = d.alert_id"
                        + " where d.alert_id = ? and d.channel = ? and d.status in ('PLANNED', 'RETRY_WAIT')"
                        + " order by case d.tier when 'LEADER' then 0 when 'LOUDSPEAKER' then 1"
                        + " when 'VULNERABLE' then 2 else 3 end, d.id",
                (rs, i) -> new QueuedDispatch(
                        new Dispatch(
                                rs.getObject(1, UUID.class),
                                alertId,
                                rs.getObject(2, UUID.class),
                                channel,
                                Tier.valueOf(rs.getString(3)),
                                rs.getString(4),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getInt(5),
                                offset(rs.getTimestamp(8))),
                        rs.getBoolean(9)),
                alertId.value(),
                channel.name());
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
            return List.of();
        }
        Timestamp leaseEnd = stalledAfter(now);
        Timestamp stamp = Timestamp.from(now);
        // A stalled claim becomes a retry: the dispatcher that claimed it is gone, and a lost warning is worse than a
        // rare second copy. The update holds only if the row is as it was read, so a dispatch claimed or settled in
        // the meantime is left to its dispatcher and not put back on the topic.
        int[][] counts = tx.execute(status -> jdbc.batchUpdate(
                "update dispatch set status = case when status = 'SENDING' then 'RETRY_WAIT' else status end,"
                        + " next_attempt_at = ?, updated_at = ? where id = ? and status = ? and updated_at = ?",
                due,
                BATCH,
                (ps, d) -> {
                    ps.setTimestamp(1, leaseEnd);
                    ps.setTimestamp(2, stamp);
                    ps.setObject(3, d.queued().dispatch().id());
                    ps.setString(4, d.status());
                    ps.setTimestamp(5, d.updatedAt());
                }));
        // Only now that the rows read are leased again: had the update failed, the next sweep reads them again.
        readTo.forEach(Runnable::run);
        List<QueuedDispatch> taken = new ArrayList<>(due.size());
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count > 0) {
                    taken.add(due.get(i).queued());
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
                                        offset(rs.getTimestamp(10))),
                                rs.getBoolean(11)),
                        rs.getString(12),
                        rs.getTimestamp(13),
                        rs.getTimestamp(14)),
                args);
    }

    /** A dispatch as a provider's callback names it. */
    public record Handed(UUID dispatchId, AlertId alertId, Channel channel) {}

    /** The dispatch a provider accepted under {@code providerMessageId}, or by our own id when the callback has it. */
    public Optional<Handed> findHanded(Channel channel, String providerMessageId, UUID dispatchId) {
        String where = dispatchId != null ? "id = ?" : "provider_message_id = ? and channel = ?";
        Object[] args =
                dispatchId != null ? new Object[] {dispatchId} : new Object[] {providerMessageId, channel.name()};
        return jdbc
                .query(
                        "select id, alert_id, channel from dispatch where " + where,
                        (rs, i) -> new Handed(
                                rs.getObject(1, UUID.class),
                                new AlertId(rs.getObject(2, UUID.class)),
                                Channel.valueOf(rs.getString(3))),
                        args)
                .stream()
                .findFirst();
    }

    /** The channels on which an alert has a dispatch for a recipient. */
    Set<Channel> channelsOf(AlertId alertId, UUID recipientId) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        jdbc.query(
                "select channel from dispatch where alert_id = ? and recipient_id = ?",
                rs -> {
                    channels.add(Channel.valueOf(rs.getString(1)));
                },
                alertId.value(),
                recipientId);
        return channels;
    }

    /** Stops what an alert has not yet sent; returns how many dispatches were cancelled. */
    public int cancelPending(Collection<AlertId> alertIds) {
        int total = 0;
        Timestamp now = Timestamp.from(Instant.now());
        for (AlertId id : alertIds) {
            total += jdbc.update(
                    "update dispatch set status = 'CANCELLED', updated_at = ? where alert_id = ?"
                            + " and status in ('PLANNED', 'RETRY_WAIT')",
                    now,
                    id.value());
        }
        return total;
    }

    public List<StatusCount> progress(AlertId alertId) {
        return jdbc.query(
                "select channel, status, count(*) from dispatch where alert_id = ? group by channel, status",
                (rs, i) -> new StatusCount(
                        Channel.valueOf(rs.getString(1)), DeliveryStatus.valueOf(rs.getString(2)), rs.getLong(3)),
                alertId.value());
    }

    /** Dispatches waiting to be retried on a channel after failing for one reason, and when the oldest was planned. */
    public record Waiting(Channel channel, String reason, long count, Instant oldest) {}

    /** What waits on a failing provider, over every alert: by channel and the reason of the last failure. */
    List<Waiting> waiting() {
        return waiting("", new Object[0]);
    }

    /** What of an alert waits on a failing provider, by channel and the reason of the last failure. */
    public List<Waiting> waitingOf(AlertId alertId) {
        return waiting(" and alert_id = ?", new Object[] {alertId.value()});
    }

    private List<Waiting> waiting(String condition, Object[] args) {
        return jdbc.query(
                "select channel, failure_reason, count(*), min(created_at) from dispatch where status = 'RETRY_WAIT'"
                        + condition + " group by channel, failure_reason order by channel, count(*) desc",
                (rs, i) -> new Waiting(
                        Channel.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant()),
                args);
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static OffsetDateTime offset(Timestamp t) {
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }
}
