package vn.canhbao.gateway.ingest;

import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import vn.canhbao.core.cap.CapRejectedException;
import vn.canhbao.gateway.messaging.Topics;
import vn.canhbao.gateway.pipeline.PipelineMetrics;

/**
 * Reads {@code canhbao.bulletins}. A bulletin that an upstream system produced straight to the topic is accepted and
 * routed to its wards here, exactly as one posted to the API; one relayed from canhbao's own outbox is already stored
 * and passes through unchanged. A record that is not valid CAP goes to {@code canhbao.bulletins.dlt} with its
 * problems in a header.
 */
@Component
class BulletinRouter {

    private static final Logger log = LoggerFactory.getLogger(BulletinRouter.class);

    private final BulletinIntake intake;
    private final KafkaTemplate<String, String> kafka;
    private final Timer routeTimer;

    BulletinRouter(BulletinIntake intake, KafkaTemplate<String, String> kafka, PipelineMetrics metrics) {
        this.intake = intake;
        this.kafka = kafka;
        this.routeTimer = metrics.stage("route");
    }

    @KafkaListener(id = "bulletin-router", topics = Topics.BULLETINS, groupId = "canhbao-router")
    void onBulletins(List<ConsumerRecord<String, String>> records) {
        for (ConsumerRecord<String, String> record : records) {
            long start = System.nanoTime();
            try {
                intake.acceptFromTopic(record.value().getBytes(StandardCharsets.UTF_8));
            } catch (CapRejectedException e) {
                deadLetter(record, e);
            }
            routeTimer.record(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private void deadLetter(ConsumerRecord<String, String> record, CapRejectedException e) {
        log.warn(
                "Bulletin at {}-{}@{} is not valid CAP and goes to {}: {}",
                record.topic(),
                record.partition(),
                record.offset(),
                Topics.BULLETINS_DEAD_LETTER,
                e.problems());
        var dead = new ProducerRecord<>(Topics.BULLETINS_DEAD_LETTER, record.key(), record.value());
        dead.headers().add("canhbao-problems", e.problems().toString().getBytes(StandardCharsets.UTF_8));
        kafka.send(dead).join();
    }
}
