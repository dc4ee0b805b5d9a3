package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.canhbao.channels.simulator.FcmSimulator;
import vn.canhbao.channels.simulator.LoudspeakerSimulator;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.local.DemoWards;

/** With every provider failing 30 % of requests and throttling with 429, each dispatch still arrives exactly once. */
class FlakyProvidersIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    FcmSimulator fcm;

    @Autowired
    LoudspeakerSimulator loudspeakers;

    @AfterEach
    void heal() {
        twilio.failureRate(0);
        zalo.failureRate(0);
        fcm.failureRate(0);
        loudspeakers.failureRate(0);
    }

    @Test
    void everyDispatchIsAcceptedExactlyOnceDespiteFailuresAndThrottling() throws Exception {
        Map<String, Integer> pushBefore = new HashMap<>(fcm.acceptedCountsByTarget());
        Map<String, Integer> broadcastsBefore = new HashMap<>(loudspeakers.broadcastCountsByCluster());
        twilio.failureRate(0.3).rateLimitNext(5, 1);
        zalo.failureRate(0.3).rateLimitNext(5, 1);
        fcm.failureRate(0.3).quotaExceededNext(3, 1);
        loudspeakers.failureRate(0.3).rateLimitNext(2, 1);

        String alertId =
                accept(TestBulletin.forWard(CAO_MINH)).get("alertIds").get(0).asString();
        int planned = expectedByChannel(CAO_MINH).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        JsonNode done = awaitProgress(
                alertId,
                Duration.ofSeconds(60),
                p -> p.get("dispatches").asInt() == planned && p.get("pending").asInt() == 0);

        assertThat(done.get("failed").asInt()).as(done.toString()).isZero();
        expectedByChannel(CAO_MINH).forEach((channel, n) -> assertThat(count(done, channel, "handedOver"))
                .as(channel + " in " + done)
                .isEqualTo(n));
        String code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
        DemoWards.DemoWard demo = demoWard(CAO_MINH);
        assertEachPersonGotOneSmsAndOneZalo(CAO_MINH, code);
        fcm.acceptedCountsByTarget().forEach((target, n) -> {
            if (target.endsWith("-" + CAO_MINH) || target.contains("-" + CAO_MINH + "-")) {
                assertThat(n - pushBefore.getOrDefault(target, 0)).as(target).isOne();
            }
        });
        for (int c = 1; c <= demo.clusters(); c++) {
            String cluster = "loa-" + CAO_MINH + "-" + c;
            assertThat(loudspeakers.broadcastCountsByCluster().getOrDefault(cluster, 0)
                            - broadcastsBefore.getOrDefault(cluster, 0))
                    .as(cluster)
                    .isOne();
        }
    }
}
