package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Delivery events travel several to a Kafka record; every one of them is recorded, and so are older single ones. */
class DeliveryEventsIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    DeliveryEvents events;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyEventOfABatchIsRecordedOnce() throws Exception {
        AlertId alert = new AlertId(UUID.randomUUID());
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // More than one record's worth, so the split into records is crossed.
        List<DeliveryEvent> batch = new ArrayList<>();
        for (int i = 0; i < DeliveryEvents.PER_RECORD + 7; i++) {
            batch.add(new DeliveryEvent(
                    UUID.randomUUID(), alert, Channel.SMS, DeliveryStatus.ACCEPTED, "SM" + i, null, null, at));
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
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        long rows = 0;
        while (Instant.now().isBefore(deadline)) {
            rows = jdbc.queryForObject(
                    "select count(*) from delivery_event where alert_id = ?", Long.class, alert.value());
            if (rows >= expected) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(rows).isEqualTo(expected);
    }
}
