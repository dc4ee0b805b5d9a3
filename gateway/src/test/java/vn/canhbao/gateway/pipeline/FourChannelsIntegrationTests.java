package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.canhbao.channels.simulator.FcmSimulator;
import vn.canhbao.channels.simulator.LoudspeakerSimulator;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.local.DemoWards;

/** One alert to a demo ward reaches every person by SMS and Zalo, the app users, the leaders' phones and the loudspeakers. */
class FourChannelsIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    FcmSimulator fcm;

    @Autowired
    LoudspeakerSimulator loudspeakers;

    @Test
    void alertReachesAllFourSimulatorsOncePerAddress() throws Exception {
        Map<String, Integer> pushBefore = new HashMap<>(fcm.acceptedCountsByTarget());
        Map<String, Integer> broadcastsBefore = new HashMap<>(loudspeakers.broadcastCountsByCluster());

        String alertId =
                accept(TestBulletin.forWard(BACH_DANG)).get("alertIds").get(0).asString();
        JsonNode done = awaitAllHandedOver(alertId, BACH_DANG);

        assertThat(done.get("failed").asInt()).isZero();
        String code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
        DemoWards.DemoWard demo = demoWard(BACH_DANG);
        int followers = assertEachPersonGotOneSmsAndOneZalo(BACH_DANG, code);
        assertThat(followers).as("followers reached by the OA").isBetween(demo.groups() * 2, RESIDENTS - 1);
        assertThat(fcm.acceptedCountsByTarget().getOrDefault("topic:ward-" + BACH_DANG, 0)
                        - pushBefore.getOrDefault("topic:ward-" + BACH_DANG, 0))
                .isOne();
        for (int leader = 0; leader < demo.groups() * 2; leader++) {
            String token = "token:" + DemoWards.pushToken(demo, leader);
            assertThat(fcm.acceptedCountsByTarget().getOrDefault(token, 0) - pushBefore.getOrDefault(token, 0))
                    .as("push to leader %d", leader)
                    .isOne();
        }
        for (int c = 1; c <= demo.clusters(); c++) {
            String cluster = "loa-" + BACH_DANG + "-" + c;
            assertThat(loudspeakers.broadcastCountsByCluster().getOrDefault(cluster, 0)
                            - broadcastsBefore.getOrDefault(cluster, 0))
                    .as("broadcast on %s", cluster)
                    .isOne();
        }
    }
}
