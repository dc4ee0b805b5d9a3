package vn.canhbao.gateway.ack;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.gateway.security.AuditLog;

/**
 * Records each confirmation once (a second tap, a replayed record or the same leader by another path changes nothing),
 * audits it, and tells the group's escalation, which stops once the ward's rule is met.
 */
@Component
class AckRecorder {

    private static final Logger log = LoggerFactory.getLogger(AckRecorder.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;

    AckRecorder(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            JsonMapper json,
            AuditLog audit,
            ApplicationEventPublisher events,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.audit = audit;
        this.events = events;
        this.meters = meters;
    }

    @KafkaListener(id = "acks", topics = AckTopics.ACKS, groupId = "canhbao-acks")
    void onAcks(List<ConsumerRecord<String, String>> records) {
        for (ConsumerRecord<String, String> record : records) {
            AckMessage ack;
            try {
                ack = json.readValue(record.value(), AckMessage.class);
            } catch (RuntimeException e) {
                log.error(
                        "Skipping unreadable confirmation at {}-{}@{}",
                        record.topic(),
                        record.partition(),
                        record.offset());
                continue;
            }
            record(ack);
        }
    }

    private void record(AckMessage ack) {
        tx.executeWithoutResult(status -> {
            List<UUID> groups =
                    jdbc.queryForList("select group_id from recipient where id = ?", UUID.class, ack.recipientId());
            UUID group = groups.isEmpty() ? null : groups.getFirst();
            int inserted = jdbc.update(
                    "insert into acknowledgement (alert_id, recipient_id, group_id, via, at) values (?, ?, ?, ?, ?)"
                            + " on conflict do nothing",
                    ack.alertId(),
                    ack.recipientId(),
                    group,
                    ack.via().name(),
                    Timestamp.from(ack.at()));
            if (inserted == 0) {
                return;
            }
            String ward = jdbc.queryForObject("select ward_code from alert where id = ?", String.class, ack.alertId());
            audit.record(
                    "leader:" + ack.recipientId(),
                    "ack.received",
                    ack.alertId().toString(),
                    ward,
                    ack.via().name(),
                    ack.from());
            meters.counter("canhbao.acks", "via", ack.via().name()).increment();
            if (group != null) {
                events.publishEvent(new LeaderConfirmed(ack.alertId(), group, ack.recipientId(), ack.at()));
            }
        });
    }
}
