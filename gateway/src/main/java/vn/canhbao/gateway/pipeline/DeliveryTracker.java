package vn.canhbao.gateway.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.DeliveryEvent;
import vn.canhbao.core.delivery.DeliveryStatus;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.messaging.Topics;

/**
 * Records the delivery events on {@code canhbao.delivery-events}: the failures and, from provider callbacks, the
 * delivery reports, as {@code delivery_event} rows. It counts every event, and measures how long a warning took from
 * its issue to each hand-over; the hand-over itself is on its dispatch row already.
 */
@Component
class DeliveryTracker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryTracker.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DispatchReceipts dispatches;
    private final AlertRepository alerts;
    private final ObjectReader messages;
    private final PipelineMetrics metrics;
    private final MeterRegistry meters;
    /** One counter per channel and status, looked up once rather than built again for every event. */
    private final Map<String, Counter> counted = new ConcurrentHashMap<>();

    private final Map<UUID, Instant> issuedAt = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Instant> eldest) {
            return size() > 1000;
        }
    };

    DeliveryTracker(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            DispatchReceipts dispatches,
            AlertRepository alerts,
            JsonMapper json,
            PipelineMetrics metrics,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.dispatches = dispatches;
        this.alerts = alerts;
        // A record holds an array of events; one written before events were batched holds a single event.
        this.messages = json.readerForArrayOf(DeliveryEventMessage.class)
                .with(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        this.metrics = metrics;
        this.meters = meters;
    }

    @KafkaListener(id = "delivery-tracker", topics = Topics.DELIVERY_EVENTS, groupId = "canhbao-tracker")
    void onEvents(List<ConsumerRecord<String, String>> records) {
        List<DeliveryEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            try {
                for (DeliveryEventMessage m : messages.<DeliveryEventMessage[]>readValue(record.value())) {
                    events.add(m.toEvent());
                }
            } catch (RuntimeException e) {
                metrics.unreadable(record.topic());
                log.error(
                        "Skipping unreadable record at {}-{}@{}", record.topic(), record.partition(), record.offset());
            }
        }
        // A hand-over is recorded on its dispatch row (status, provider id, handed_over_at) by the dispatcher that made
        // it; a second row here would say it again at the cost of a row and its index entries for every message.
        // The failures and the providers' later reports are kept. One transaction for the batch: one commit.
        List<DeliveryEvent> kept = events.stream()
                .filter(e -> e.status() != DeliveryStatus.ACCEPTED)
                .toList();
        if (!kept.isEmpty()) {
            tx.executeWithoutResult(status -> {
                // A receipt already recorded (a replayed or repeated callback, #15) finds its key taken: no second row.
                jdbc.batchUpdate(
                        "insert into delivery_event (dispatch_id, alert_id, channel, status, provider_message_id,"
                                + " reason, detail, occurred_at, receipt_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " on conflict do nothing",
                        kept,
                        1000,
                        (ps, e) -> {
                            ps.setObject(1, e.dispatchId());
                            ps.setObject(2, e.alertId().value());
                            ps.setString(3, e.channel().name());
                            ps.setString(4, e.status().name());
                            ps.setString(5, e.providerMessageId());
                            ps.setString(6, e.reason());
                            ps.setString(7, e.detail());
                            ps.setTimestamp(8, Timestamp.from(e.occurredAt()));
                            ps.setString(9, receiptKey(e));
                        });
                for (DeliveryEvent e : kept) {
                    if (e.status() == DeliveryStatus.DELIVERED || e.status() == DeliveryStatus.UNDELIVERED) {
                        dispatches.recordReceipt(e.dispatchId(), e.status(), e.providerMessageId(), e.occurredAt());
                    }
                }
            });
        }
        for (DeliveryEvent e : events) {
            counted.computeIfAbsent(e.channel().name() + "/" + e.status().name(), key -> Counter.builder(
                                    "canhbao.delivery.events")
                            .description("Delivery events recorded, by channel and status")
                            .tag("channel", e.channel().name())
                            .tag("status", e.status().name())
                            .register(meters))
                    .increment();
            if (e.status() == DeliveryStatus.ACCEPTED) {
                issued(e.alertId()).ifPresent(at -> metrics.handover(e.channel().name(), at, e.occurredAt()));
            }
        }
    }

    /**
     * What makes a provider's receipt the same receipt: its dispatch, status, message and the provider's own word for
     * it ({@code delivered}, {@code seen}, {@code failed:device_offline}). Null for the pipeline's own events, which are
     * not receipts and may repeat (a failure per attempt).
     */
    static String receiptKey(DeliveryEvent e) {
        if (e.status() != DeliveryStatus.DELIVERED && e.status() != DeliveryStatus.UNDELIVERED) {
            return null;
        }
        return e.dispatchId() + "|" + e.status() + "|" + (e.providerMessageId() == null ? "" : e.providerMessageId())
                + "|" + (e.detail() == null ? "" : e.detail());
    }

    private java.util.Optional<Instant> issued(AlertId id) {
        synchronized (issuedAt) {
            Instant cached = issuedAt.get(id.value());
            if (cached != null) {
                return java.util.Optional.of(cached);
            }
        }
        java.util.Optional<Instant> found = alerts.find(id).map(StoredAlert::issuedAt);
        found.ifPresent(at -> {
            synchronized (issuedAt) {
                issuedAt.put(id.value(), at);
            }
        });
        return found;
    }
}
