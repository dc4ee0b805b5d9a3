package vn.canhbao.gateway.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.core.delivery.Dispatch;

/**
 * Puts dispatches on their channel's topic for their lane, keyed by recipient, in the order given (leaders first), and
 * returns only once the broker has them all: the caller commits its own progress after that.
 *
 * <p>The normal lane's records go through a producer of their own. A broker answers one connection's requests one at a
 * time, in order: on a shared producer, the urgent lane's records and the dispatchers' delivery events queued behind
 * the residents' pages of thousands of records, and the leaders waited with them (docs/performance.md, fourth round).
 */
@Component
class DispatchPublisher implements DisposableBean {

    private static final long ACK_TIMEOUT_SECONDS = 60;
    /** The Kafka client id of the normal lane's producer. */
    private static final String BULK_CLIENT = "canhbao-normal-lane";

    private final KafkaTemplate<String, String> kafka;
    private final ProducerFactory<String, String> bulkProducers;
    private final KafkaTemplate<String, String> bulk;
    private final JsonMapper json;
    private final LeaderLinks links;

    DispatchPublisher(
            KafkaTemplate<String, String> kafka,
            ProducerFactory<String, String> producers,
            JsonMapper json,
            LeaderLinks links) {
        this.kafka = kafka;
        this.bulkProducers =
                producers.copyWithConfigurationOverride(Map.of(ProducerConfig.CLIENT_ID_CONFIG, BULK_CLIENT));
        this.bulk = new KafkaTemplate<>(bulkProducers);
        this.json = json;
        this.links = links;
    }

    void publish(List<QueuedDispatch> dispatches) {
        List<CompletableFuture<?>> sends = new ArrayList<>(dispatches.size());
        for (QueuedDispatch q : dispatches) {
            // A leader's SMS and Zalo text carry their confirmation link, on the first publish and on every replay.
            Dispatch d = links.withLink(q.dispatch());
            KafkaTemplate<String, String> producer = q.urgent() ? kafka : bulk;
            sends.add(producer.send(
                    q.topic(), d.recipientId().toString(), json.writeValueAsString(DispatchMessage.of(d))));
        }
        await(sends);
    }

    @Override
    public void destroy() {
        bulkProducers.reset();
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
