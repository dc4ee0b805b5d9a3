package vn.canhbao.gateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.messaging.Topics;

/** Upstream systems may produce CAP straight to canhbao.bulletins instead of posting it. */
class BulletinTopicIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void bulletinProducedToTheTopicIsRoutedLikeOnePosted() throws Exception {
        TestBulletin bulletin = TestBulletin.forWard(CAO_MINH);
        kafka.send(Topics.BULLETINS, bulletin.identifier(), bulletin.xml()).get();

        UUID alertId = awaitAlertOf(bulletin.identifier());
        awaitAllHandedOver(alertId.toString(), CAO_MINH);
        assertThat(jdbc.queryForObject(
                        "select source from bulletin where cap_identifier = ?", String.class, bulletin.identifier()))
                .isEqualTo("kafka");
    }

    @Test
    void recordThatIsNotValidCapGoesToTheDeadLetterTopicWithItsProblems() throws Exception {
        String key = "broken-" + UUID.randomUUID();
        kafka.send(Topics.BULLETINS, key, "<alert>không phải CAP</alert>").get();

        ConsumerRecord<String, String> dead = awaitRecord(Topics.BULLETINS_DEAD_LETTER, key);
        String problems =
                new String(dead.headers().lastHeader("canhbao-problems").value(), StandardCharsets.UTF_8);
        assertThat(problems).isNotBlank();
        assertThat(dead.value()).isEqualTo("<alert>không phải CAP</alert>");
    }

    private UUID awaitAlertOf(String identifier) throws InterruptedException {
        return waitingFor("an alert made from bulletin " + identifier, Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> jdbc.queryForList(
                                "select a.id from alert a join bulletin b on b.id = a.bulletin_id"
                                        + " where b.cap_identifier = ?",
                                UUID.class,
                                identifier),
                        ids -> !ids.isEmpty())
                .getFirst();
    }

    private ConsumerRecord<String, String> awaitRecord(String topic, String key) {
        var props = Map.<String, Object>of(
                "bootstrap.servers",
                broker.getBrokersAsString(),
                "group.id",
                "test-" + UUID.randomUUID(),
                "auto.offset.reset",
                "earliest");
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(20);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("No record with key " + key + " on " + topic);
    }
}
