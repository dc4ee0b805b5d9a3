package vn.canhbao.channels.firebase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.SendResult;
import vn.canhbao.channels.simulator.FcmSimulator;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;

/** {@link FirebasePushAdapter} and {@link FcmSimulator} together, as local mode and the benchmark run them. */
class FirebasePushAdapterSimulatorTests {

    static final ObjectMapper JSON = new ObjectMapper();

    static FcmSimulator simulator;
    static FirebasePushAdapter adapter;

    @BeforeAll
    static void start() {
        simulator = new FcmSimulator().start().registerTokens("leader-token-1");
        adapter = new FirebasePushAdapter(FirebaseConfig.forStandIn(
                simulator.project(),
                simulator.baseUrl(),
                simulator.accessToken(),
                URI.create("https://canhbao.example.vn")));
    }

    @AfterAll
    static void stop() {
        adapter.close();
        simulator.close();
    }

    @BeforeEach
    void reset() {
        simulator.reset();
    }

    @Test
    void leaderTokenAndWardTopicAreDeliveredWithPlatformSettings() throws Exception {
        SendResult toLeader = adapter.send(dispatch("token:leader-token-1"));
        SendResult toWard = adapter.send(dispatch("topic:ward-11473"));

        assertThat(toLeader).isInstanceOfSatisfying(SendResult.Accepted.class, a -> assertThat(a.providerMessageId())
                .startsWith("projects/canhbao-local/messages/"));
        assertThat(toWard).isInstanceOf(SendResult.Accepted.class);
        assertThat(simulator.acceptedCountsByTarget())
                .containsEntry("token:leader-token-1", 1)
                .containsEntry("topic:ward-11473", 1);
        JsonNode message =
                JSON.readTree(simulator.lastMessageTo("token:leader-token-1").orElseThrow());
        assertThat(message.at("/android/priority").asText()).isEqualTo("high");
        assertThat(message.at("/android/ttl").asText()).matches("2[01][0-9]{3}s");
        assertThat(message.at("/apns/headers/apns-priority").asText()).isEqualTo("10");
        assertThat(message.at("/notification/body").asText()).isEqualTo("Lũ quét tại Xã Cao Minh");
    }

    @Test
    void uninstalledAppsTokenIsAnInvalidAddress() {
        SendResult.Failed failed = (SendResult.Failed) adapter.send(dispatch("token:gone-token"));

        assertThat(failed.reason()).isEqualTo(FailureReason.INVALID_ADDRESS);
    }

    @Test
    void quotaExceededIsRateLimitedForTheMinute() {
        simulator.quotaExceededNext(1, 60);

        SendResult.Failed failed = (SendResult.Failed) adapter.send(dispatch("topic:ward-11473"));

        assertThat(failed.reason()).isEqualTo(FailureReason.RATE_LIMITED);
        assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void serverFailuresAreRetryableAndReachTheSimulatorOnce() {
        simulator.failureRate(1);

        SendResult.Failed first = (SendResult.Failed) adapter.send(dispatch("topic:ward-11473"));
        SendResult.Failed second = (SendResult.Failed) adapter.send(dispatch("topic:ward-11473"));

        assertThat(first.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(second.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(simulator.requestCount()).isEqualTo(2);
    }

    @Test
    void wrongAccessTokenIsAnAuthError() {
        try (FirebasePushAdapter stranger = new FirebasePushAdapter(FirebaseConfig.forStandIn(
                simulator.project(), simulator.baseUrl(), "stolen-token", URI.create("https://canhbao.example.vn")))) {
            SendResult.Failed failed = (SendResult.Failed) stranger.send(dispatch("topic:ward-11473"));

            assertThat(failed.reason()).isEqualTo(FailureReason.AUTH_ERROR);
            assertThat(failed.detail()).doesNotContain("stolen-token");
            assertThat(simulator.requestCount()).isEqualTo(1);
        }
    }

    static Dispatch dispatch(String address) {
        return new Dispatch(
                UUID.randomUUID(),
                AlertId.random(),
                UUID.randomUUID(),
                Channel.PUSH,
                Tier.LEADER,
                address,
                "Cảnh báo lũ quét",
                "Lũ quét tại Xã Cao Minh",
                0,
                OffsetDateTime.now().plusHours(6));
    }
}
