package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.local.DemoWards;

/** Stopping and starting the SMS dispatcher in the middle of an alert sends each resident exactly one SMS. */
class DispatcherRestartIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    ChannelDispatchers dispatchers;

    @Autowired
    LaneBacklog backlog;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void restore() {
        twilio.latency(Duration.ZERO);
        dispatchers.start(Channel.SMS);
    }

    @Test
    void restartInTheMiddleOfAnAlertSendsEveryResidentExactlyOneSms() throws Exception {
        // Slow answers and small batches (max-poll-records 10) keep the alert in flight long enough to stop it.
        twilio.latency(Duration.ofMillis(150));
        int before = twilio.acceptedCount();
        JsonNode accepted = accept(TestBulletin.forWard(BACH_DANG));
        String alertId = accepted.get("alertIds").get(0).asString();

        awaitAccepted(before + 5);
        dispatchers.stop(Channel.SMS);
        JsonNode stopped = getJson("/api/v1/alerts/" + alertId + "/progress");
        assertThat(count(stopped, "SMS", "handedOver")).isBetween(5, RESIDENTS - 1);
        assertThat(count(stopped, "SMS", "pending")).isPositive();
        // The records nobody reads while the dispatchers are stopped are the SMS lanes' lag: the sweeper leaves their
        // planned rows to the queue instead of putting them on it a second time.
        assertThat(backlog.busy(Set.of(Channel.SMS))).containsExactly(Channel.SMS);
        assertThat(meters.get("canhbao.dispatch.lag").tag("channel", "SMS").gauges().stream()
                        .mapToDouble(g -> g.value())
                        .sum())
                .as("records waiting on the SMS lanes")
                .isPositive();

        dispatchers.start(Channel.SMS);
        JsonNode done = awaitAllHandedOver(alertId, BACH_DANG);

        assertThat(done.get("failed").asInt()).isZero();
        awaitUntil("the SMS lanes read to their end", Duration.ofSeconds(10), () -> backlog.busy(Set.of(Channel.SMS))
                .isEmpty());
        String code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
        var demo = DemoWards.WARDS.getFirst();
        for (int i = 0; i < RESIDENTS; i++) {
            long copies = twilio.acceptedBodiesTo(DemoWards.phone(demo, i)).stream()
                    .filter(body -> body.contains(code))
                    .count();
            assertThat(copies).as("SMS of alert %s to resident %d", code, i).isOne();
        }
        assertThat(UUID.fromString(alertId)).isNotNull();
    }
}
