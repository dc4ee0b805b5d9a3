package vn.canhbao.gateway.pipeline;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.DeliveryStatus;

/** Counts of dispatch rows, for the progress of an alert and for what waits on a failing provider. */
@Repository
public class DeliveryCounts {

    private final JdbcTemplate jdbc;

    DeliveryCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts of one channel's dispatches of an alert, by status. */
    public record StatusCount(Channel channel, DeliveryStatus status, long count) {}

    /** An alert's dispatches by channel and status. */
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
}
