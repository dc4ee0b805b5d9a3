package vn.canhbao.gateway.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.gateway.ack.AckLinks;

/**
 * Puts dispatches on their channel's topic for their lane, keyed by recipient, in the order given (leaders first), and returns only
 * once the broker has them all: the caller commits its own progress after that.
 */
@Component
class DispatchPublisher {

    private static final long ACK_TIMEOUT_SECONDS = 60;

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final AckLinks links;

    DispatchPublisher(KafkaTemplate<String, String> kafka, JsonMapper json, AckLinks links) {
        this.kafka = kafka;
        this.json = json;
        this.links = links;
    }

    void publish(List<QueuedDispatch> dispatches) {
        List<CompletableFuture<?>> sends = new ArrayList<>(dispatches.size());
        for (QueuedDispatch q : dispatches) {
            // A leader's SMS and Zalo text carry their confirmation link, on the first publish and on every replay.
            Dispatch d = links.withLink(q.dispatch());
            sends.add(
                    kafka.send(q.topic(), d.recipientId().toString(), json.writeValueAsString(DispatchMessage.of(d))));
        }
        await(sends);
    }

    static void await(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge " + sends.size() + " records", e);
        }
    }
}
