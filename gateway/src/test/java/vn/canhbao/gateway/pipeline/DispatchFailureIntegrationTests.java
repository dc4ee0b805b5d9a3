package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.local.DemoWards;
import vn.canhbao.gateway.messaging.Topics;

/** What the dispatcher does when the provider says no: wait and retry, or give up and dead-letter. */
class DispatchFailureIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void restore() {
        twilio.reset();
    }

    @Test
    void rateLimitedMessagesAreRetriedAfterRetryAfterAndAllArriveWithoutCountingAsAttempts() throws Exception {
        // Only this ward's people are refused, and only once nothing else is on its way to them: the refusals must
        // fall on this alert's messages, not on another test's late ones.
        awaitSettled("a.ward_code = ?", CAO_MINH, Duration.ofSeconds(30));
        DemoWards.DemoWard ward = demoWard(CAO_MINH);
        twilio.rateLimitNext(
                8,
                1,
                IntStream.range(0, RESIDENTS)
                        .mapToObj(i -> DemoWards.phone(ward, i))
                        .toList());
        double refusedBefore = rateLimitedRetries();
        JsonNode accepted = accept(TestBulletin.forWard(CAO_MINH));
        String alertId = accepted.get("alertIds").get(0).asString();

        JsonNode done = awaitAllHandedOver(alertId, CAO_MINH);

        assertThat(done.get("failed").asInt()).isZero();
        assertThat(rateLimitedRetries() - refusedBefore).as("refusals retried").isEqualTo(8);
        // A provider that asks us to slow down has not failed the message: it is not an attempt (#15).
        Integer counted = jdbc.queryForObject(
                "select count(*) from dispatch where alert_id = ? and channel = 'SMS' and attempts <> 1",
                Integer.class,
                UUID.fromString(alertId));
        assertThat(counted).isZero();
    }

    private double rateLimitedRetries() {
        Counter c = meters.find("canhbao.dispatches.sent")
                .tags("channel", "SMS", "outcome", "retry", "reason", "RATE_LIMITED")
                .counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void optedOutNumberFailsForGoodAndLandsOnTheDeadLetterTopic() throws Exception {
        String optedOut = DemoWards.phone(DemoWards.WARDS.getFirst(), 7);
        twilio.optOut(optedOut);
        JsonNode accepted = accept(TestBulletin.forWard(BACH_DANG));
        String alertId = accepted.get("alertIds").get(0).asString();

        JsonNode done = awaitProgress(
                alertId,
                Duration.ofSeconds(30),
                p -> count(p, "SMS", "handedOver") + count(p, "SMS", "failed") == RESIDENTS);

        assertThat(count(done, "SMS", "failed")).isOne();
        Map<String, Object> row = jdbc.queryForMap(
                "select status, failure_reason, attempts from dispatch d join recipient r on r.id = d.recipient_id"
                        + " where d.alert_id = ? and r.phone = ? and d.channel = 'SMS'",
                UUID.fromString(alertId),
                optedOut);
        assertThat(row).containsEntry("status", "FAILED").containsEntry("failure_reason", "OPTED_OUT");
        assertThat(row.get("attempts")).isEqualTo(1);
        List<JsonNode> letters = deadLetters(Channel.SMS);
        assertThat(letters).anySatisfy(letter -> {
            assertThat(letter.get("dispatch").get("alertId").asString()).isEqualTo(alertId);
            assertThat(letter.get("dispatch").get("address").asString()).isEqualTo(optedOut);
            assertThat(letter.get("reason").asString()).isEqualTo("OPTED_OUT");
        });
    }

    private List<JsonNode> deadLetters(Channel channel) {
        var props = Map.<String, Object>of(
                "bootstrap.servers",
                broker.getBrokersAsString(),
                "group.id",
                "test-dlt-" + UUID.randomUUID(),
                "auto.offset.reset",
                "earliest");
        List<JsonNode> letters = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(channel)));
            long deadline = System.currentTimeMillis() + 15_000;
            while (letters.isEmpty() && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    letters.add(json.readTree(r.value()));
                }
            }
        }
        return letters;
    }
}
