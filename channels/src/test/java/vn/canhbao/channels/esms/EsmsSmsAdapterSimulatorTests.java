package vn.canhbao.channels.esms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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
import vn.canhbao.channels.DeliveryReceipt;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.ProviderLimits;
import vn.canhbao.channels.SendResult;
import vn.canhbao.channels.simulator.EsmsSimulator;
import vn.canhbao.core.delivery.DeliveryStatus;
import vn.canhbao.core.delivery.Dispatch;

/** {@link EsmsSmsAdapter} end to end against {@link EsmsSimulator}, the way local mode and the gateway's tests use it. */
class EsmsSmsAdapterSimulatorTests {

    static final String SECRET = "cb-secret-0123456789abcdef";

    static EsmsSimulator simulator;
    static WireMockServer webhook;
    static EsmsConfig config;
    static EsmsSmsAdapter adapter;

    @BeforeAll
    static void start() {
        simulator = new EsmsSimulator().start();
        webhook = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        webhook.start();
        webhook.stubFor(
                get(urlPathEqualTo("/webhooks/esms")).willReturn(aResponse().withStatus(204)));
        URI callback = URI.create(webhook.baseUrl() + "/webhooks/esms?token=" + SECRET);
        config = simulator.adapterConfig(new EsmsConfig(
                null,
                null,
                null,
                null,
                false,
                callback,
                null,
                new ProviderLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), 100, 8)));
        adapter = new EsmsSmsAdapter(config);
    }

    @AfterAll
    static void stop() {
        adapter.close();
        simulator.close();
        webhook.stop();
    }

    @BeforeEach
    void reset() {
        simulator.reset();
        webhook.resetRequests();
    }

    @Test
    void vietnameseWarningArrivesIntact() {
        SendResult result = adapter.send(EsmsDispatches.to("+84912345678"));

        assertThat(result)
                .isInstanceOfSatisfying(SendResult.Accepted.class, accepted -> assertThat(accepted.providerMessageId())
                        .matches("[0-9a-f]{32}"));
        assertThat(simulator.acceptedBodiesTo("+84912345678")).containsExactly(EsmsDispatches.WARNING);
    }

    @Test
    void aResendOfTheSameDispatchIsAcceptedButNotASecondSms() {
        Dispatch dispatch = EsmsDispatches.to("+84912345678");

        SendResult first = adapter.send(dispatch);
        SendResult resent = adapter.send(dispatch);

        assertThat(first).isInstanceOf(SendResult.Accepted.class);
        assertThat(resent).isEqualTo(SendResult.accepted(dispatch.id().toString()));
        assertThat(simulator.acceptedCount()).isEqualTo(1);
        assertThat(simulator.duplicateCount()).isEqualTo(1);
        assertThat(simulator.smsIdOf(dispatch.id())).contains(((SendResult.Accepted) first).providerMessageId());
    }

    @Test
    void wrongKeysAreAnAuthErrorWithoutTheKeys() {
        EsmsConfig wrong = new EsmsConfig(
                "an-old-rotated-key",
                "an-old-rotated-secret",
                config.brandname(),
                null,
                false,
                null,
                config.baseUrl(),
                config.limits());
        try (EsmsSmsAdapter rotated = new EsmsSmsAdapter(wrong)) {
            SendResult.Failed failed = (SendResult.Failed) rotated.send(EsmsDispatches.to("+84912345678"));

            assertThat(failed.reason()).isEqualTo(FailureReason.AUTH_ERROR);
            assertThat(failed.detail()).contains("101").doesNotContain("an-old-rotated");
        }
    }

    @Test
    void anUnregisteredBrandnameNeedsAnOperator() {
        EsmsConfig other = new EsmsConfig(
                config.apiKey(), config.secretKey(), "UBNDXA", null, false, null, config.baseUrl(), config.limits());
        try (EsmsSmsAdapter unregistered = new EsmsSmsAdapter(other)) {
            SendResult.Failed failed = (SendResult.Failed) unregistered.send(EsmsDispatches.to("+84912345678"));

            assertThat(failed.detail()).contains("104");
            assertThat(failed.reason().needsOperator()).isTrue();
        }
    }

    @Test
    void aBlockedNumberHasOptedOut() {
        simulator.block("0912345678");

        SendResult.Failed failed = (SendResult.Failed) adapter.send(EsmsDispatches.to("+84912345678"));

        assertThat(failed.reason()).isEqualTo(FailureReason.OPTED_OUT);
        assertThat(failed.retryable()).isFalse();
    }

    @Test
    void anEmptyBalanceIsAQuotaForTheOperator() {
        simulator.answerNext(1, EsmsCode.BALANCE);

        SendResult.Failed failed = (SendResult.Failed) adapter.send(EsmsDispatches.to("+84912345678"));

        assertThat(failed.reason()).isEqualTo(FailureReason.QUOTA_EXCEEDED);
        assertThat(adapter.send(EsmsDispatches.to("+84912345678"))).isInstanceOf(SendResult.Accepted.class);
    }

    @Test
    void failuresAreReportedOnceEachAndNeverRetriedBehindTheDispatchersBack() {
        simulator.failureRate(1);

        SendResult.Failed failed = (SendResult.Failed) adapter.send(EsmsDispatches.to("+84912345678"));

        assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(simulator.requestCount()).isEqualTo(1);
    }

    @Test
    void aDeliveryReportComesBackWithTheSecretAndTheDispatch() {
        Dispatch dispatch = EsmsDispatches.to("+84912345678");
        String smsId = ((SendResult.Accepted) adapter.send(dispatch)).providerMessageId();

        int status = simulator.report(smsId, 5, true);

        assertThat(status).isEqualTo(204);
        LoggedRequest report = webhook.findAll(getRequestedFor(urlPathEqualTo("/webhooks/esms")))
                .getFirst();
        Map<String, String> parameters =
                EsmsCallbacks.parameters(URI.create(report.getAbsoluteUrl()).getRawQuery());
        DeliveryReceipt receipt = new EsmsCallbacks(config.callbackUrl())
                .receipt(parameters, Instant.now())
                .orElseThrow();
        assertThat(receipt.providerMessageId()).isEqualTo(smsId);
        assertThat(receipt.dispatchId()).isEqualTo(dispatch.id());
        assertThat(receipt.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(parameters).containsEntry("phonenumber", "0912345678");
    }

    @Test
    void everyResidentGetsExactlyOneMessageUnderConcurrency() throws Exception {
        int residents = 500;
        List<Future<SendResult>> results = new ArrayList<>();
        try (ExecutorService dispatchers =
                Executors.newFixedThreadPool(adapter.limits().maxConcurrency())) {
            for (int i = 0; i < residents; i++) {
                String phone = "+849" + (10_000_000 + i);
                results.add(dispatchers.submit(() -> adapter.send(EsmsDispatches.to(phone))));
            }
        }

        for (Future<SendResult> result : results) {
            assertThat(result.get()).isInstanceOf(SendResult.Accepted.class);
        }
        assertThat(simulator.acceptedCountsByTo()).hasSize(residents);
        assertThat(simulator.acceptedCountsByTo().values()).containsOnly(1);
    }
}
