package vn.canhbao.gateway.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.escalation.GroupWatch;
import vn.canhbao.gateway.escalation.GroupWatchRepository;
import vn.canhbao.gateway.pipeline.AlertProgress;

/**
 * Builds an alert's report from what the service recorded as it went: the audit log (received, drafted, approved,
 * issued, cancelled), the dispatches (first and last handover per channel), the confirmations and escalation's steps.
 */
@Component
public class AlertReports {

    private final JdbcTemplate jdbc;
    private final AlertProgress progress;
    private final GroupWatchRepository watches;

    AlertReports(JdbcTemplate jdbc, AlertProgress progress, GroupWatchRepository watches) {
        this.jdbc = jdbc;
        this.progress = progress;
        this.watches = watches;
    }

    /**
     * A cancel's audit entry names the Cancel it sent by its id; the report names it by the short code its people
     * read, so that the ward's record can be matched with the messages.
     */
    private String readable(String action, String detail) {
        if (detail == null || !(action.equals("alert.cancelled") || action.equals("alert.corrected"))) {
            return detail;
        }
        try {
            return jdbc
                    .query(
                            "select short_code from alert where id = ?",
                            (rs, i) -> rs.getString(1),
                            UUID.fromString(detail))
                    .stream()
                    .findFirst()
                    .orElse(detail);
        } catch (IllegalArgumentException notAnId) {
            return detail;
        }
    }

    public AlertReport of(StoredAlert stored) {
        UUID id = stored.alert().id().value();
        List<TimelineEntry> timeline = new ArrayList<>();
        if (stored.bulletinId() != null) {
            jdbc.query(
                    "select received_at, source, cap_identifier from bulletin where id = ?",
                    rs -> {
                        timeline.add(new TimelineEntry(
                                rs.getTimestamp(1).toInstant(), "bulletin.received", rs.getString(2), rs.getString(3)));
                    },
                    stored.bulletinId());
        }
        jdbc.query(
                "select at, action, actor, detail from audit_log where subject = ? and action <> 'ack.received'"
                        + " order by at, id",
                rs -> {
                    timeline.add(new TimelineEntry(
                            rs.getTimestamp(1).toInstant(),
                            rs.getString(2),
                            rs.getString(3),
                            readable(rs.getString(2), rs.getString(4))));
                },
                id.toString());
        jdbc.query(
                "select channel, min(coalesce(handed_over_at, updated_at)), max(coalesce(handed_over_at, updated_at)),"
                        + " count(*) from dispatch where alert_id = ?"
                        + " and status in ('ACCEPTED', 'DELIVERED', 'UNDELIVERED') group by channel",
                rs -> {
                    String channel = rs.getString(1);
                    timeline.add(new TimelineEntry(rs.getTimestamp(2).toInstant(), "handover.first", channel, null));
                    timeline.add(new TimelineEntry(
                            rs.getTimestamp(3).toInstant(), "handover.last", channel, String.valueOf(rs.getLong(4))));
                },
                id);
        // When the first neighbourhood leader's message was handed over (V29): what the urgent lane is for.
        jdbc.query(
                "select first_leader_at from alert where id = ? and first_leader_at is not null",
                rs -> {
                    timeline.add(new TimelineEntry(rs.getTimestamp(1).toInstant(), "leader.first", null, null));
                },
                id);
        jdbc.query(
                "select k.at, r.name, k.via, g.name from acknowledgement k join recipient r on r.id = k.recipient_id"
                        + " left join neighbourhood_group g on g.id = k.group_id where k.alert_id = ?",
                rs -> {
                    timeline.add(new TimelineEntry(
                            rs.getTimestamp(1).toInstant(),
                            "ack." + rs.getString(3).toLowerCase(java.util.Locale.ROOT),
                            rs.getString(2),
                            rs.getString(4)));
                },
                id);
        watches.steps(id).stream()
                .filter(s -> s.step() != vn.canhbao.gateway.escalation.Stage.CONFIRMED)
                .forEach(s -> timeline.add(new TimelineEntry(
                        s.at(),
                        "escalation." + s.step().name().toLowerCase(java.util.Locale.ROOT),
                        s.groupName(),
                        s.detail())));
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        List<GroupWatch> groups = watches.ofAlert(id);
        Map<String, Long> byStage = groups.stream()
                .collect(Collectors.groupingBy(g -> g.stage().name(), LinkedHashMap::new, Collectors.counting()));
        return new AlertReport(stored, timeline, progress.of(stored), groups, byStage);
    }
}
