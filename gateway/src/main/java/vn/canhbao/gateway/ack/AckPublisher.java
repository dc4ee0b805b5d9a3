package vn.canhbao.gateway.ack;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes a leader's confirmation from any of its paths and puts it on {@code canhbao.acks}; answers only once the
 * broker has it, so "đã ghi nhận" on the leader's screen is true.
 */
@Service
public class AckPublisher {

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final JdbcTemplate jdbc;

    AckPublisher(KafkaTemplate<String, String> kafka, JsonMapper json, JdbcTemplate jdbc) {
        this.kafka = kafka;
        this.json = json;
        this.jdbc = jdbc;
    }

    public void receive(UUID alertId, UUID recipientId, Via via, String from) {
        AckMessage message = new AckMessage(alertId, recipientId, via, Instant.now(), from);
        try {
            kafka.send(AckTopics.ACKS, alertId.toString(), json.writeValueAsString(message))
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The confirmation could not be queued; try again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while queuing the confirmation", e);
        }
    }

    /**
     * The leader's most recent alert still waiting for them and sent to them before {@code writtenAt}: what a bare "Đã
     * nhận" written then confirms. A reply cannot confirm a warning issued after it was written (#15: a replayed or late
     * reply must not stop the escalation of a warning the leader never saw). The test is the hand-over of one of the
     * leader's messages of the alert to its provider, in milliseconds: an alert's issue time is kept to the second, and
     * the leader can only answer a message once it is on its way.
     */
    public Optional<LeaderAlert> latestUnconfirmed(UUID recipientId, Instant writtenAt) {
        List<LeaderAlert> found = jdbc.query(
                "select d.alert_id, d.recipient_id from dispatch d join alert a on a.id = d.alert_id"
                        + " where d.recipient_id = ? and d.tier = 'LEADER' and a.msg_type <> 'CANCEL'"
                        + " and d.handed_over_at <= ? and (a.expires is null or a.expires > ?)"
                        + " and not exists (select 1 from acknowledgement k where k.alert_id = d.alert_id"
                        + " and k.recipient_id = d.recipient_id)"
                        + " order by a.issued_at desc, d.handed_over_at desc limit 1",
                (rs, i) -> new LeaderAlert(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                recipientId,
                java.sql.Timestamp.from(writtenAt),
                java.sql.Timestamp.from(Instant.now()));
        return found.stream().findFirst();
    }

    /** An alert a leader received. */
    public record LeaderAlert(UUID alertId, UUID recipientId) {}
}
