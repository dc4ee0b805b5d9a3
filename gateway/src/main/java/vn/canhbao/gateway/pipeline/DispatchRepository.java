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
     * PostgreSQL) for every claim and intersected it with the ids: most of the server's time in a large fan-out, and
     * more the larger the ward (docs/performance.md, fifth round).
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
    Timestamp stalledAfter(Instant now) {
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

    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    static OffsetDateTime offset(Timestamp t) {
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }
}
