package vn.canhbao.gateway.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.core.delivery.DeliveryEvent;
import vn.canhbao.gateway.messaging.Topics;

/**
 * Puts delivery events on {@code canhbao.delivery-events} for the tracker to record. A record holds the events of one
 * round of sends as a JSON array: one record per dispatcher batch rather than one per message, which is a Kafka send,
 * a serialisation and a parse saved for nearly every dispatch. The record is keyed by the first event's alert.
 */
@Component
public class DeliveryEventPublisher {

    /** Events in one record: a few hundred bytes each, well under Kafka's 1 MB record limit. */
    static final int PER_RECORD = 500;

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;

    DeliveryEventPublisher(KafkaTemplate<String, String> kafka, JsonMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    /** Sends the events, {@value #PER_RECORD} to a record; the futures complete when the broker has them. */
    List<CompletableFuture<?>> send(List<DeliveryEvent> events) {
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (int from = 0; from < events.size(); from += PER_RECORD) {
            List<DeliveryEvent> chunk = events.subList(from, Math.min(events.size(), from + PER_RECORD));
            sends.add(kafka.send(
                    Topics.DELIVERY_EVENTS,
                    chunk.getFirst().alertId().value().toString(),
                    json.writeValueAsString(
                            chunk.stream().map(DeliveryEventMessage::of).toList())));
        }
        return sends;
    }

    /** Publishes the events and returns once the broker has them all. */
    public void publish(List<DeliveryEvent> events) {
        DispatchPublisher.await(send(events));
    }
}
