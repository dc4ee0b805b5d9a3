package vn.canhbao.channels.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.ProviderLimits;
import vn.canhbao.channels.SendResult;
import vn.canhbao.channels.simulator.TwilioSimulator;

/** {@link TwilioSmsAdapter} end to end against {@link TwilioSimulator}, the way local mode and the benchmark use it. */
class TwilioSmsAdapterSimulatorTests {

    static final String SERVICE_SID = "MG0123456789abcdef0123456789abcdef";

    static TwilioSimulator simulator;
    static TwilioSmsAdapter adapter;

    @BeforeAll
    static void start() {
        simulator = new TwilioSimulator().start();
        adapter = new TwilioSmsAdapter(config(simulator.authToken()));
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

    static TwilioConfig config(String authToken) {
        return new TwilioConfig(
                simulator.accountSid(),
                authToken,
                SERVICE_SID,
                null,
                null,
                simulator.baseUrl(),
                new ProviderLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), 100, 8));
    }

    @Test
    void vietnameseWarningArrivesIntact() {
        SendResult result = adapter.send(TwilioSmsAdapterClassificationTests.dispatchTo("+84912345678"));

        assertThat(result)
                .isInstanceOfSatisfying(SendResult.Accepted.class, accepted -> assertThat(accepted.providerMessageId())
                        .matches("SM[0-9a-f]{32}"));
        assertThat(simulator.acceptedBodiesTo("+84912345678")).containsExactly("Cảnh báo lũ quét tại Xã Cao Minh");
    }

    @Test
    void numberNotInE164IsAnInvalidAddress() {
        SendResult.Failed failed =
                (SendResult.Failed) adapter.send(TwilioSmsAdapterClassificationTests.dispatchTo("0912345678"));

        assertThat(failed.reason()).isEqualTo(FailureReason.INVALID_ADDRESS);
        assertThat(failed.retryable()).isFalse();
    }

    @Test
    void optedOutRecipientIsPermanent() {
        simulator.optOut("+84912345678");

        SendResult.Failed failed =
                (SendResult.Failed) adapter.send(TwilioSmsAdapterClassificationTests.dispatchTo("+84912345678"));

        assertThat(failed.reason()).isEqualTo(FailureReason.OPTED_OUT);
        assertThat(failed.retryable()).isFalse();
    }

    @Test
    void wrongTokenIsAnAuthErrorWithoutTheToken() {
        try (TwilioSmsAdapter wrongToken = new TwilioSmsAdapter(config("an-old-rotated-token"))) {
            SendResult.Failed failed =
                    (SendResult.Failed) wrongToken.send(TwilioSmsAdapterClassificationTests.dispatchTo("+84912345678"));

            assertThat(failed.reason()).isEqualTo(FailureReason.AUTH_ERROR);
            assertThat(failed.detail()).doesNotContain("an-old-rotated-token");
        }
    }

    @Test
    void rateLimitCarriesTheSimulatorsRetryAfter() {
        simulator.rateLimitNext(1, 3);

        SendResult.Failed failed =
                (SendResult.Failed) adapter.send(TwilioSmsAdapterClassificationTests.dispatchTo("+84912345678"));

        assertThat(failed.reason()).isEqualTo(FailureReason.RATE_LIMITED);
        assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(adapter.send(TwilioSmsAdapterClassificationTests.dispatchTo("+84912345678")))
                .isInstanceOf(SendResult.Accepted.class);
    }

    @Test
    void failuresAreReportedOnceEachAndNeverRetriedBehindTheDispatchersBack() {
        simulator.failureRate(1);

        SendResult.Failed failed =
                (SendResult.Failed) adapter.send(TwilioSmsAdapterClassificationTests.dispatchTo("+84912345678"));

        assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(simulator.requestCount()).isEqualTo(1);
    }

    @Test
    void everyResidentGetsExactlyOneMessageUnderConcurrency() throws Exception {
        int residents = 500;
        List<Future<SendResult>> results = new ArrayList<>();
        try (ExecutorService dispatchers =
                Executors.newFixedThreadPool(adapter.limits().maxConcurrency())) {
            for (int i = 0; i < residents; i++) {
                String phone = "+849" + (10_000_000 + i);
                results.add(
                        dispatchers.submit(() -> adapter.send(TwilioSmsAdapterClassificationTests.dispatchTo(phone))));
            }
        }

        for (Future<SendResult> result : results) {
            assertThat(result.get()).isInstanceOf(SendResult.Accepted.class);
        }
        Map<String, Integer> counts = simulator.acceptedCountsByTo();
        assertThat(counts).hasSize(residents);
        assertThat(counts.values()).containsOnly(1);
        assertThat(simulator.acceptedCount()).isEqualTo(residents);
    }
}
