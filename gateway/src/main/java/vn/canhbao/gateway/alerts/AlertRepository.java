package vn.canhbao.gateway.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.AlertStatus;
import vn.canhbao.core.alert.CancelReason;
import vn.canhbao.core.alert.Cancellation;
import vn.canhbao.core.alert.Certainty;
import vn.canhbao.core.alert.Hazard;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.alert.RiskLevel;
import vn.canhbao.core.alert.Severity;
import vn.canhbao.core.alert.Urgency;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.message.RenderedMessage;
import vn.canhbao.gateway.web.NotFoundException;

/** Stores alerts and the text rendered for each channel. */
@Repository
public class AlertRepository {

    private static final String COLUMNS = "id, bulletin_id, ward_code, msg_type, status, state, hazard, risk_level,"
            + " severity, urgency, certainty, headline, description, instruction, sender_name, sent, expires,"
            + " short_code, refs, created_at, issued_at, created_by, approved_by, issued_by, cancel_reason, cancelled_code,"
            + " cancelled_sent";

    private final JdbcTemplate jdbc;

    AlertRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the alert unless it exists already; returns true when it was new. */
    public boolean insertIfAbsent(Alert a, UUID bulletinId, AlertState state) {
        return insertIfAbsent(a, bulletinId, state, null);
    }

    /** Inserts the alert, written by {@code author} (an officer, or null for an upstream bulletin). */
    public boolean insertIfAbsent(Alert a, UUID bulletinId, AlertState state, String author) {
        Timestamp issuedAt = state == AlertState.DRAFT ? null : Timestamp.from(Instant.now());
        int rows = jdbc.update(
                "insert into alert (id, bulletin_id, ward_code, msg_type, status, state, hazard, risk_level, severity,"
                        + " urgency, certainty, headline, description, instruction, sender_name, sent, expires,"
                        + " short_code, refs, issued_at, created_by, issued_by, cancel_reason, cancelled_code, cancelled_sent)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict do nothing",
                a.id().value(),
                bulletinId,
                a.wardCode(),
                a.messageType().name(),
                a.status().name(),
                state.name(),
                a.hazard().name(),
                a.risk().map(RiskLevel::number).orElse(null),
                a.severity().name(),
                a.urgency().name(),
                a.certainty().name(),
                a.headline(),
                a.description(),
                a.instruction(),
                a.senderName(),
                a.sent(),
                a.expires(),
                a.shortCode(),
                String.join(" ", a.references().stream().map(AlertId::toString).toList()),
                issuedAt,
                author,
                state == AlertState.DRAFT ? null : author,
                a.cancellation() == null ? null : a.cancellation().reason().name(),
                a.cancellation() == null ? null : a.cancellation().cancelledCode(),
                a.cancellation() == null ? null : a.cancellation().cancelledSent());
        return rows == 1;
    }

    /** Records the approval of a draft; false when it is no longer a draft. */
    public boolean approve(AlertId id, String approver) {
        return jdbc.update(
                        "update alert set approved_by = ?, approved_at = ? where id = ? and state = 'DRAFT'"
                                + " and approved_by is null",
                        approver,
                        Timestamp.from(Instant.now()),
                        id.value())
                == 1;
    }

    /**
     * Issues a draft at {@code at}, which becomes its {@code sent} time too: every message says when the warning was
     * issued, not when its draft was written (#14). False when it is no longer a draft (issued by someone else in the
     * meantime).
     */
    public boolean issue(AlertId id, String officer, OffsetDateTime at) {
        return jdbc.update(
                        "update alert set state = 'ISSUED', issued_at = ?, sent = ?, issued_by = ?"
                                + " where id = ? and state = 'DRAFT'",
                        Timestamp.from(at.toInstant()),
                        at,
                        officer,
                        id.value())
                == 1;
    }

    public Optional<StoredAlert> find(AlertId id) {
        return jdbc.query("select " + COLUMNS + " from alert where id = ?", AlertRepository::map, id.value()).stream()
                .findFirst();
    }

    /** The alerts a bulletin produced, by ward. */
    public List<StoredAlert> ofBulletins(Collection<UUID> bulletinIds) {
        if (bulletinIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", bulletinIds.stream().map(b -> "?").toList());
        return jdbc.query(
                "select " + COLUMNS + " from alert where bulletin_id in (" + marks + ") order by ward_code",
                AlertRepository::map,
                bulletinIds.toArray());
    }

    /** The alerts of some wards (all wards when {@code wardCodes} is null), newest first. */
    public List<StoredAlert> recent(Collection<String> wardCodes, int limit) {
        if (wardCodes != null && wardCodes.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        String where = "";
        if (wardCodes != null) {
            where = " where ward_code in ("
                    + String.join(",", wardCodes.stream().map(w -> "?").toList()) + ")";
            args.addAll(wardCodes);
        }
        args.add(limit);
        return jdbc.query(
                "select " + COLUMNS + " from alert" + where + " order by created_at desc, id limit ?",
                AlertRepository::map,
                args.toArray());
    }

    /** The alert with this short public code, in whatever state. */
    public Optional<StoredAlert> findByShortCode(String shortCode) {
        return jdbc
                .query("select " + COLUMNS + " from alert where short_code = ?", AlertRepository::map, shortCode)
                .stream()
                .findFirst();
    }

    /** Issued alerts (not drafts) of one status, of one ward or all (null), newest issue first. */
    public List<StoredAlert> issued(AlertStatus status, String wardCode, int limit) {
        List<Object> args = new ArrayList<>(List.of(status.name()));
        String ward = "";
        if (wardCode != null) {
            ward = " and ward_code = ?";
            args.add(wardCode);
        }
        args.add(limit);
        return jdbc.query(
                "select " + COLUMNS + " from alert where state in ('ISSUED', 'PLANNED') and status = ?" + ward
                        + " order by issued_at desc, id limit ?",
                AlertRepository::map,
                args.toArray());
    }

    /** The alert, or 404 for the caller. */
    public StoredAlert require(UUID id) {
        return find(new AlertId(id)).orElseThrow(() -> new NotFoundException("No alert " + id + "."));
    }

    /** Whether an issued Cancel supersedes the alert; a cancel still in draft cancels nothing. */
    public boolean isCancelled(AlertId id) {
        return cancelledAmong(id, supersedersOf(id));
    }

    /** Whether {@code superseders} (from {@link #supersedersOf}) hold an issued Cancel of the alert. */
    public static boolean cancelledAmong(AlertId id, List<StoredAlert> superseders) {
        return cancelAmong(id, superseders).isPresent();
    }

    /**
     * The issued Cancel of the alert among {@code superseders} (from {@link #supersedersOf}), if any: whether it merely
     * ended the warning or corrected a false alarm is on its {@code Cancellation}.
     */
    public static Optional<StoredAlert> cancelAmong(AlertId id, List<StoredAlert> superseders) {
        return superseders.stream()
                .filter(s -> s.alert().messageType() == MessageType.CANCEL
                        && s.state() != AlertState.DRAFT
                        && s.alert().references().contains(id))
                .findFirst();
    }

    /** The alerts that supersede {@code id}: its updates and its cancel. */
    public List<StoredAlert> supersedersOf(AlertId id) {
        return jdbc.query(
                "select " + COLUMNS + " from alert where refs like ? order by created_at",
                AlertRepository::map,
                "%" + id + "%");
    }

    /** Limits a draft to some neighbourhood groups of its ward. */
    public void saveTargetGroups(AlertId id, Collection<UUID> groupIds) {
        for (UUID g : groupIds) {
            jdbc.update("insert into alert_target_group (alert_id, group_id) values (?, ?)", id.value(), g);
        }
    }

    /** The groups an alert is limited to; empty when it is for the whole ward. */
    public List<UUID> targetGroups(AlertId id) {
        return jdbc.queryForList("select group_id from alert_target_group where alert_id = ?", UUID.class, id.value());
    }

    /**
     * Locks an alert's row until the caller's transaction ends: two plannings of one alert (the planner and the
     * sweeper that finds it late) then take their turns instead of waiting on each other's dispatch rows.
     */
    public void lockForPlanning(AlertId id) {
        jdbc.queryForList("select id from alert where id = ? for update", UUID.class, id.value());
    }

    /** Notes that the planning of an alert moved: a page of its people was written. */
    public void planningMoved(AlertId id) {
        jdbc.update("update alert set planning_moved_at = ? where id = ?", Timestamp.from(Instant.now()), id.value());
    }

    public void markPlanned(AlertId id) {
        jdbc.update(
                "update alert set state = 'PLANNED', planned_at = ? where id = ?",
                Timestamp.from(Instant.now()),
                id.value());
    }

    public void saveMessage(AlertId id, Channel channel, RenderedMessage message) {
        jdbc.update(
                "insert into alert_message (alert_id, channel, title, body) values (?, ?, ?, ?) on conflict do nothing",
                id.value(),
                channel.name(),
                message.title(),
                message.body());
    }

    public Optional<RenderedMessage> message(AlertId id, Channel channel) {
        return jdbc
                .query(
                        "select title, body from alert_message where alert_id = ? and channel = ?",
                        (rs, i) -> new RenderedMessage(rs.getString(1), rs.getString(2)),
                        id.value(),
                        channel.name())
                .stream()
                .findFirst();
    }

    /**
     * Issued alerts issued before {@code before} whose planning has not finished and has not moved since: the sweeper
     * plans them again. An alert still being planned, a page at a time, is left to its planner.
     */
    public List<StoredAlert> issuedNotPlannedBefore(Instant before) {
        return jdbc.query(
                "select " + COLUMNS + " from alert where state = 'ISSUED' and issued_at < ?"
                        + " and (planning_moved_at is null or planning_moved_at < ?) order by issued_at",
                AlertRepository::map,
                Timestamp.from(before),
                Timestamp.from(before));
    }

    private static StoredAlert map(ResultSet rs, int row) throws SQLException {
        String refs = rs.getString("refs");
        List<AlertId> references = refs == null || refs.isBlank()
                ? List.of()
                : Arrays.stream(refs.trim().split("\\s+")).map(AlertId::parse).toList();
        Integer risk = (Integer) rs.getObject("risk_level");
        Alert alert = new Alert(
                new AlertId(rs.getObject("id", UUID.class)),
                rs.getString("ward_code"),
                MessageType.valueOf(rs.getString("msg_type")),
                AlertStatus.valueOf(rs.getString("status")),
                Hazard.valueOf(rs.getString("hazard")),
                risk == null ? null : RiskLevel.of(risk).orElseThrow(),
                Severity.valueOf(rs.getString("severity")),
                Urgency.valueOf(rs.getString("urgency")),
                Certainty.valueOf(rs.getString("certainty")),
                rs.getString("headline"),
                rs.getString("description"),
                rs.getString("instruction"),
                rs.getString("sender_name"),
                offset(rs.getTimestamp("sent")),
                offset(rs.getTimestamp("expires")),
                rs.getString("short_code"),
                references,
                cancellation(rs));
        Timestamp issued = rs.getTimestamp("issued_at");
        return new StoredAlert(
                alert,
                rs.getObject("bulletin_id", UUID.class),
                AlertState.valueOf(rs.getString("state")),
                rs.getTimestamp("created_at").toInstant(),
                issued == null ? null : issued.toInstant(),
                rs.getString("created_by"),
                rs.getString("approved_by"),
                rs.getString("issued_by"));
    }

    /** What a Cancel ends and why; null for an Alert or Update. */
    private static Cancellation cancellation(ResultSet rs) throws SQLException {
        String reason = rs.getString("cancel_reason");
        return reason == null
                ? null
                : new Cancellation(
                        CancelReason.valueOf(reason),
                        rs.getString("cancelled_code"),
                        offset(rs.getTimestamp("cancelled_sent")));
    }

    private static OffsetDateTime offset(Timestamp t) {
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }
}
