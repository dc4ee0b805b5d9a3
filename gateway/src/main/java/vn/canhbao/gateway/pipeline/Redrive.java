package vn.canhbao.gateway.pipeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;

/**
 * Sends dead-lettered dispatches again, once the operator has fixed what failed them (credentials, a quota, a
 * provider outage): their rows go back to {@code PLANNED} with a fresh count of attempts and onto the channel's topic.
 * Dispatches whose alert has expired stay failed: a warning about a danger that is over must not go out.
 */
@Component
public class Redrive {

    private final JdbcTemplate jdbc;
    private final DispatchRepository dispatches;
    private final DispatchPublisher publisher;
    private final TransactionTemplate tx;

    Redrive(JdbcTemplate jdbc, DispatchRepository dispatches, DispatchPublisher publisher, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.dispatches = dispatches;
        this.publisher = publisher;
        this.tx = tx;
    }

    /**
     * Redrives the failed dispatches of an alert on a channel, optionally only those failed for {@code reason}.
     *
     * @return how many were sent again
     */
    public int redrive(AlertId alertId, Channel channel, String reason) {
        Timestamp now = Timestamp.from(Instant.now());
        Integer reset = tx.execute(status -> {
            List<Object> args = new ArrayList<>(List.of(now, alertId.value(), channel.name(), now));
            String sql = "update dispatch set status = 'PLANNED', attempts = 0, next_attempt_at = null,"
                    + " failure_reason = null, detail = null, updated_at = ?"
                    + " where alert_id = ? and channel = ? and status = 'FAILED' and failure_reason <> 'EXPIRED'"
                    + " and exists (select 1 from alert a where a.id = dispatch.alert_id"
                    + " and (a.expires is null or a.expires > ?))";
            if (reason != null && !reason.isBlank()) {
                sql += " and failure_reason = ?";
                args.add(reason);
            }
            return jdbc.update(sql, args.toArray());
        });
        if (reset != null && reset > 0) {
            publisher.publish(dispatches.claimableOf(alertId, channel));
        }
        return reset == null ? 0 : reset;
    }
}
