package vn.canhbao.gateway.escalation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.canhbao.core.text.NaturalOrder;
import vn.canhbao.gateway.ack.LeaderConfirmed;

/**
 * The escalation of each group an alert reached through its leaders. Every change is a conditional update from the
 * stage the caller saw, so two replicas (or a confirmation racing the clock) never both act on the same step.
 *
 * <p>It counts the two ends of a chase, {@code canhbao.escalation.groups{outcome=confirmed|unreached}}, where the row
 * changes and only when this update changed it: once per group and alert for each outcome, however many replicas
 * tried. A group marked unreached that confirms later is counted under both.
 */
@Repository
public class GroupWatchRepository {

    private static final String SELECT = "select w.alert_id, w.group_id, g.name, w.ward_code, w.stage, w.next_at,"
            + " w.confirmed_at, w.confirmed_by from group_watch w join neighbourhood_group g on g.id = w.group_id";

    private final JdbcTemplate jdbc;
    private final EscalationPolicies policies;
    private final Counter confirmedGroups;
    private final Counter unreachedGroups;

    GroupWatchRepository(JdbcTemplate jdbc, EscalationPolicies policies, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.policies = policies;
        // Registered at start, at zero, so that Prometheus's increase() sees the first group of a replica's life.
        this.confirmedGroups = groups(meters, "confirmed");
        this.unreachedGroups = groups(meters, "unreached");
    }

    private static Counter groups(MeterRegistry meters, String outcome) {
        return Counter.builder("canhbao.escalation.groups")
                .description("Groups whose leaders confirmed (the ward's rule met), or that no leader confirmed after"
                        + " the last escalation step (unreached)")
                .tag("outcome", outcome)
                .register(meters);
    }

    /**
     * Starts watching every group whose leaders the alert went to; the first step is due at {@code firstStep}. A group
     * whose leaders have already confirmed as its ward's rule asks starts confirmed.
     */
    int start(UUID alertId, String wardCode, Instant firstStep) {
        List<UUID> groups = jdbc.queryForList(
                "select distinct r.group_id from dispatch d join recipient r on r.id = d.recipient_id"
                        + " where d.alert_id = ? and d.tier = 'LEADER' and r.group_id is not null",
                UUID.class,
                alertId);
        for (UUID group : groups) {
            jdbc.update(
                    "insert into group_watch (alert_id, group_id, ward_code, stage, next_at) values (?, ?, ?, 'WAITING', ?)"
                            + " on conflict do nothing",
                    alertId,
                    group,
                    wardCode,
                    Timestamp.from(firstStep));
            // A leader may have confirmed before the clock began to watch the group (a tap within the first tick):
            // the group starts confirmed then, and is never chased.
            jdbc.query(
                    "select recipient_id, at from acknowledgement where alert_id = ? and group_id = ?"
                            + " order by at desc limit 1",
                    rs -> {
                        confirmed(
                                alertId,
                                group,
                                rs.getObject(1, UUID.class),
                                rs.getTimestamp(2).toInstant());
                    },
                    alertId,
                    group);
        }
        jdbc.update("update alert set watched = true where id = ?", alertId);
        return groups.size();
    }

    /** Marks the leader's group confirmed, when its rule is met: heard synchronously, in the recording transaction. */
    @EventListener
    void on(LeaderConfirmed confirmed) {
        confirmed(confirmed.alertId(), confirmed.groupId(), confirmed.recipientId(), confirmed.at());
    }

    /** A leader of the group confirmed: the group is confirmed if the ward's rule is now met. */
    public void confirmed(UUID alertId, UUID groupId, UUID recipientId, Instant at) {
        if (!ruleMet(alertId, groupId)) {
            return;
        }
        String names = String.join(
                ", ",
                jdbc.queryForList(
                        "select r.name from acknowledgement k join recipient r on r.id = k.recipient_id"
                                + " where k.alert_id = ? and k.group_id = ? order by k.at",
                        String.class,
                        alertId,
                        groupId));
        int changed = jdbc.update(
                "update group_watch set stage = 'CONFIRMED', next_at = null, confirmed_at = ?, confirmed_by = ?,"
                        + " updated_at = now() where alert_id = ? and group_id = ? and stage in ('WAITING', 'RESENT',"
                        + " 'CALLED', 'UNREACHED')",
                Timestamp.from(at),
                names,
                alertId,
                groupId);
        if (changed == 1) {
            confirmedGroups.increment();
            step(alertId, groupId, recipientId, Stage.CONFIRMED, names);
        }
    }

    /** Whether the group's confirmations satisfy its ward's rule: one leader, or every leader the alert went to. */
    boolean ruleMet(UUID alertId, UUID groupId) {
        Integer confirmed = jdbc.queryForObject(
                "select count(*) from acknowledgement where alert_id = ? and group_id = ?",
                Integer.class,
                alertId,
                groupId);
        if (confirmed == null || confirmed == 0) {
            return false;
        }
        String ward = jdbc.queryForObject("select ward_code from alert where id = ?", String.class, alertId);
        if (!policies.of(ward).allLeaders()) {
            return true;
        }
        Integer leaders = jdbc.queryForObject(
                "select count(distinct d.recipient_id) from dispatch d join recipient r on r.id = d.recipient_id"
                        + " where d.alert_id = ? and d.tier = 'LEADER' and r.group_id = ?",
                Integer.class,
                alertId,
                groupId);
        return leaders != null && confirmed >= leaders;
    }

    /** The watches whose next step is due. */
    List<GroupWatch> due(Instant now, int limit) {
        return jdbc.query(
                SELECT
                        + " where w.next_at <= ? and w.stage in ('WAITING', 'RESENT', 'CALLED') order by w.next_at limit ?",
                GroupWatchRepository::map,
                Timestamp.from(now),
                limit);
    }

    /** Moves a watch from the stage seen to the next; false when someone else moved it first. */
    boolean advance(GroupWatch seen, Stage to, Instant nextAt) {
        boolean moved = jdbc.update(
                        "update group_watch set stage = ?, next_at = ?, updated_at = now()"
                                + " where alert_id = ? and group_id = ? and stage = ?",
                        to.name(),
                        nextAt == null ? null : Timestamp.from(nextAt),
                        seen.alertId(),
                        seen.groupId(),
                        seen.stage().name())
                == 1;
        if (moved && to == Stage.UNREACHED) {
            unreachedGroups.increment();
        }
        return moved;
    }

    public List<GroupWatch> ofAlert(UUID alertId) {
        List<GroupWatch> watches =
                new ArrayList<>(jdbc.query(SELECT + " where w.alert_id = ?", GroupWatchRepository::map, alertId));
        watches.sort(Comparator.comparing(GroupWatch::groupName, NaturalOrder.INSTANCE));
        return watches;
    }

    /** Live alerts of some wards with groups called or unreached: what the duty officer must see at once. */
    public List<GroupWatch> needingOfficer(List<String> wardCodes) {
        if (wardCodes != null && wardCodes.isEmpty()) {
            return List.of();
        }
        String where = wardCodes == null
                ? ""
                : " and w.ward_code in ("
                        + String.join(",", wardCodes.stream().map(w -> "?").toList()) + ")";
        return jdbc.query(
                SELECT + " where w.stage in ('CALLED', 'UNREACHED')" + where + " order by w.updated_at desc",
                GroupWatchRepository::map,
                wardCodes == null ? new Object[0] : wardCodes.toArray());
    }

    void step(UUID alertId, UUID groupId, UUID recipientId, Stage step, String detail) {
        jdbc.update(
                "insert into escalation_step (alert_id, group_id, recipient_id, step, detail) values (?, ?, ?, ?, ?)",
                alertId,
                groupId,
                recipientId,
                step.name(),
                detail);
    }

    /** What escalation did for an alert, oldest first. */
    public List<EscalationStep> steps(UUID alertId) {
        return jdbc.query(
                "select s.group_id, g.name, s.recipient_id, s.step, s.detail, s.at from escalation_step s"
                        + " join neighbourhood_group g on g.id = s.group_id where s.alert_id = ? order by s.at, s.id",
                (rs, i) -> new EscalationStep(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        Stage.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()),
                alertId);
    }

    private static GroupWatch map(ResultSet rs, int row) throws SQLException {
        Timestamp next = rs.getTimestamp(6);
        Timestamp confirmed = rs.getTimestamp(7);
        return new GroupWatch(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                Stage.valueOf(rs.getString(5)),
                next == null ? null : next.toInstant(),
                confirmed == null ? null : confirmed.toInstant(),
                rs.getString(8));
    }
}
