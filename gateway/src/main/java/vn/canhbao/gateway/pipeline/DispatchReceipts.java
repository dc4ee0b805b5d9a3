package vn.canhbao.gateway.pipeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.DeliveryStatus;

/** What providers' receipts do to the dispatch rows: find the dispatch a receipt names, and move it forward. */
@Repository
public class DispatchReceipts {

    private final JdbcTemplate jdbc;

    DispatchReceipts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
}
