package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.DeliveryEvent;
import vn.canhbao.core.delivery.DeliveryStatus;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.messaging.Topics;

/**
 * Delivery events travel several to a Kafka record; every failure and report among them becomes a row, and so do the
 * single events of records written before batching. Hand-overs are counted and left to their dispatch rows.
 */
class DeliveryEventsIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    DeliveryEventPublisher events;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void everyEventOfABatchIsRecordedOnce() throws Exception {
        AlertId alert = new AlertId(UUID.randomUUID());
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // More than one record's worth, so the split into records is crossed.
        List<DeliveryEvent> batch = new ArrayList<>();
        for (int i = 0; i < DeliveryEventPublisher.PER_RECORD + 7; i++) {
            batch.add(new DeliveryEvent(
                    UUID.randomUUID(), alert, Channel.SMS, DeliveryStatus.UNDELIVERED, "SM" + i, null, "30003", at));
        }
        List<CompletableFuture<?>> records = events.send(batch);
        assertThat(records).as("Kafka records for %d events", batch.size()).hasSize(2);
        DispatchPublisher.await(records);
        events.publish(List.of()); // nothing to say: no record, no error

        awaitRows(alert, batch.size());
        assertThat(jdbc.queryForObject(
                        "select count(distinct dispatch_id) from delivery_event where alert_id = ?",
                        Long.class,
                        alert.value()))
                .isEqualTo(batch.size());
    }

    @Test
    void aHandOverIsCountedButLeftToItsDispatchRow() throws Exception {
        AlertId alert = new AlertId(UUID.randomUUID());
        double before = acceptedSmsEvents();
        events.publish(List.of(
                new DeliveryEvent(
                        UUID.randomUUID(),
                        alert,
                        Channel.SMS,
                        DeliveryStatus.ACCEPTED,
                        "SM1",
                        null,
                        null,
                        Instant.now()),
                new DeliveryEvent(
                        UUID.randomUUID(),
                        alert,
                        Channel.SMS,
                        DeliveryStatus.FAILED,
                        null,
                        "INVALID_ADDRESS",
                        "21211",
                        Instant.now())));

        awaitRows(alert, 1);
        awaitUntil("the SMS hand-over is counted", Duration.ofSeconds(10), () -> acceptedSmsEvents() >= before + 1);
        assertThat(acceptedSmsEvents()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                        "select status from delivery_event where alert_id = ?", String.class, alert.value()))
                .isEqualTo("FAILED");
    }

    private double acceptedSmsEvents() {
        var counter = meters.find("canhbao.delivery.events")
                .tag("channel", "SMS")
                .tag("status", "ACCEPTED")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aSingleEventWrittenBeforeBatchingIsStillRecorded() throws Exception {
        AlertId alert = new AlertId(UUID.randomUUID());
        UUID dispatch = UUID.randomUUID();
        String single = json.writeValueAsString(new DeliveryEventMessage(
                dispatch,
                alert.value(),
                Channel.ZALO,
                DeliveryStatus.FAILED,
                null,
                "INVALID_ADDRESS",
                "không phải người theo dõi OA",
                Instant.now()));
        kafka.send(Topics.DELIVERY_EVENTS, dispatch.toString(), single).get(10, TimeUnit.SECONDS);

        awaitRows(alert, 1);
        assertThat(jdbc.queryForObject(
                        "select detail from delivery_event where dispatch_id = ? and status = 'FAILED'",
                        String.class,
                        dispatch))
                .isEqualTo("không phải người theo dõi OA");
    }

    private void awaitRows(AlertId alert, long expected) throws InterruptedException {
        awaitUntil("delivery_event rows of the alert", Duration.ofSeconds(20), () -> rows(alert) >= expected);
        assertThat(rows(alert)).isEqualTo(expected);
    }

    private long rows(AlertId alert) {
        return jdbc.queryForObject("select count(*) from delivery_event where alert_id = ?", Long.class, alert.value());
    }
}
