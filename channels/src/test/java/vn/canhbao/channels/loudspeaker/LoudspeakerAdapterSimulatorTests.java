package vn.canhbao.channels.loudspeaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.SendResult;
import vn.canhbao.channels.simulator.LoudspeakerSimulator;
import vn.canhbao.core.delivery.Dispatch;

/** {@link LoudspeakerAdapter} against {@link LoudspeakerSimulator}: the two sides of the contract agree. */
class LoudspeakerAdapterSimulatorTests {

    static LoudspeakerSimulator simulator;
    static LoudspeakerAdapter adapter;

    @BeforeAll
    static void start() {
        simulator = new LoudspeakerSimulator().start();
        adapter = new LoudspeakerAdapter(LoudspeakerConfig.of(simulator.baseUrl(), simulator.apiKey()));
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

    static Dispatch dispatch(String cluster) {
        return LoudspeakerAdapterTests.dispatch(cluster, LoudspeakerAdapterTests.TITLE, LoudspeakerAdapterTests.BODY);
    }

    @Test
    void theSpeakersReadTheScript() {
        SendResult result = adapter.send(dispatch("cum-loa-002"));

        assertThat(result).isInstanceOf(SendResult.Accepted.class);
        assertThat(simulator.broadcastsTo("cum-loa-002")).containsExactly(LoudspeakerAdapterTests.SCRIPT);
    }

    @Test
    void aRetryAfterALostAnswerIsAcceptedWithoutASecondBroadcast() {
        Dispatch dispatch = dispatch("cum-loa-001");

        SendResult first = adapter.send(dispatch);
        SendResult retried = adapter.send(dispatch);

        assertThat(retried).isEqualTo(first);
        assertThat(simulator.acceptedCount()).isEqualTo(1);
        assertThat(simulator.duplicateCount()).isEqualTo(1);
    }

    @Test
    void anUnknownClusterIsAnInvalidAddressAndRateLimitsAreHonoured() {
        SendResult.Failed unknown = (SendResult.Failed) adapter.send(dispatch("cum-loa-404"));
        simulator.rateLimitNext(1, 3);
        SendResult.Failed limited = (SendResult.Failed) adapter.send(dispatch("cum-loa-001"));

        assertThat(unknown.reason()).isEqualTo(FailureReason.INVALID_ADDRESS);
        assertThat(limited.reason()).isEqualTo(FailureReason.RATE_LIMITED);
        assertThat(limited.retryAfter()).hasSeconds(3);
    }
}
