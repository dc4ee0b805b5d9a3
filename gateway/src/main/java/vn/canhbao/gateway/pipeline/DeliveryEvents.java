package vn.canhbao.gateway.pipeline;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.core.delivery.DeliveryEvent;

/** Puts delivery events on {@code canhbao.delivery-events}, keyed by dispatch, for the tracker to record. */
@Component
public class DeliveryEvents {

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;

    DeliveryEvents(KafkaTemplate<String, String> kafka, JsonMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    CompletableFuture<?> send(DeliveryEvent event) {
        return kafka.send(
                Topics.DELIVERY_EVENTS,
                event.dispatchId().toString(),
                json.writeValueAsString(DeliveryEventMessage.of(event)));
    }

    /** Publishes the events and returns once the broker has them all. */
    public void publish(List<DeliveryEvent> events) {
        DispatchPublisher.await(
                events.stream().<CompletableFuture<?>>map(this::send).toList());
    }
}
