package vn.canhbao.gateway.ack;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Finds the leader's dispatch a verified token names. */
@Repository
class LeaderDispatches {

    private final JdbcTemplate jdbc;

    LeaderDispatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LeaderDispatch> find(UUID dispatchId) {
        return jdbc
                .query(
                        "select d.alert_id, d.recipient_id, r.name, a.headline, a.ward_code, a.expires, a.status from dispatch d"
                                + " join alert a on a.id = d.alert_id join recipient r on r.id = d.recipient_id"
                                + " where d.id = ? and d.tier = 'LEADER'",
                        (rs, i) -> {
                            Timestamp expires = rs.getTimestamp(6);
                            return new LeaderDispatch(
                                    rs.getObject(1, UUID.class),
                                    rs.getObject(2, UUID.class),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    expires == null ? null : expires.toInstant(),
                                    "EXERCISE".equals(rs.getString(7)));
                        },
                        dispatchId)
                .stream()
                .findFirst();
    }

    boolean confirmed(LeaderDispatch d) {
        Integer n = jdbc.queryForObject(
                "select count(*) from acknowledgement where alert_id = ? and recipient_id = ?",
                Integer.class,
                d.alertId(),
                d.recipientId());
        return n != null && n > 0;
    }
}
