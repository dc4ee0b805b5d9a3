package vn.canhbao.gateway.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The append-only record of who did what, when and from where: bulletins received, drafts written, approvals, issues,
 * cancels, imports, failed logins. Rows are only ever inserted.
 */
@Component
public class AuditLog {

    /** One entry. */
    public record Entry(
            long id,
            Instant at,
            String actor,
            String action,
            String subject,
            String wardCode,
            String detail,
            String remoteAddr) {}

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String action, String subject, String wardCode, String detail, String remoteAddr) {
        jdbc.update(
                "insert into audit_log (actor, action, subject, ward_code, detail, remote_addr) values (?, ?, ?, ?, ?, ?)",
                actor,
                action,
                subject,
                wardCode,
                detail,
                remoteAddr);
    }

    /** Whether anyone ever did {@code action} to {@code subject}, e.g. whether an alert was cancelled by a correction. */
    public boolean recorded(String action, String subject) {
        Integer n = jdbc.queryForObject(
                "select count(*) from audit_log where action = ? and subject = ?", Integer.class, action, subject);
        return n != null && n > 0;
    }

    /** The newest entries first, at most {@code limit}, optionally from {@code since}. */
    public List<Entry> recent(Instant since, int limit) {
        return jdbc.query(
                "select id, at, actor, action, subject, ward_code, detail, remote_addr from audit_log where at >= ?"
                        + " order by id desc limit " + Math.max(1, Math.min(limit, 10_000)),
                (rs, i) -> new Entry(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)),
                Timestamp.from(since == null ? Instant.EPOCH : since));
    }
}
