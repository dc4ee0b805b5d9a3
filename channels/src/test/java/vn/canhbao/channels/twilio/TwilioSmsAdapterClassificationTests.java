package vn.canhbao.channels.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.ProviderLimits;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;

/** How {@link TwilioSmsAdapter} reads Twilio's answers: by HTTP status and Twilio error code, never by wording. */
class TwilioSmsAdapterClassificationTests {

    static final Instant NOW = Instant.parse("2026-07-01T03:00:00Z");

    static WireMockServer twilio;
    static TwilioSmsAdapter adapter;

    @BeforeAll
    static void startTwilio() {
        twilio = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        twilio.start();
        adapter = new TwilioSmsAdapter(
                TwilioSmsAdapterTests.config(
                        URI.create(twilio.baseUrl()),
                        TwilioSmsAdapterTests.STATUS_CALLBACK,
                        new ProviderLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), 10, 8)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        TwilioSmsAdapterTests.warmUp(adapter);
    }

    @AfterAll
    static void stopTwilio() {
        adapter.close();
        twilio.stop();
    }

    @BeforeEach
    void forgetStubs() {
        twilio.resetAll();
    }

    @ParameterizedTest(name = "HTTP {0}, Twilio {1} → {2}")
    @CsvSource({
        "400, 21211, INVALID_ADDRESS, false",
        "400, 21614, INVALID_ADDRESS, false",
        "400, 21610, OPTED_OUT, false",
        "400, 21408, REJECTED, false",
        "401, 20003, AUTH_ERROR, false",
        "403, 20003, AUTH_ERROR, false",
        "403, 20008, AUTH_ERROR, false",
        "404, 20404, REJECTED, false",
        "429, 20429, RATE_LIMITED, true",
        "400, 30001, RATE_LIMITED, true",
        "400, 21611, RATE_LIMITED, true",
        "500, 20500, SERVER_ERROR, true",
        "502, 20502, SERVER_ERROR, true",
        "503, 20503, SERVER_ERROR, true",
    })
    void classifiesByStatusAndTwilioCode(int status, int code, FailureReason reason, boolean retryable) {
        answer(TwilioResponses.error(status, code, "Twilio says no"));

        SendResult.Failed failed = (SendResult.Failed) adapter.send(dispatchTo("+84912345678"));

        assertThat(failed.reason()).isEqualTo(reason);
        assertThat(failed.retryable()).isEqualTo(retryable);
        assertThat(failed.detail()).contains("HTTP " + status, "Twilio error " + code, "Twilio says no");
    }

    @Test
    void readsRetryAfterGivenAsAnHttpDate() {
        answer(TwilioResponses.error(429, 20429, "Too Many Requests")
                .withHeader("Retry-After", "Wed, 01 Jul 2026 03:00:30 GMT"));

        SendResult.Failed failed = (SendResult.Failed) adapter.send(dispatchTo("+84912345678"));

        assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void keepsRetryAfterOnAServiceUnavailable() {
        answer(TwilioResponses.error(503, 20503, "Service Unavailable").withHeader("Retry-After", "12"));

        SendResult.Failed failed = (SendResult.Failed) adapter.send(dispatchTo("+84912345678"));

        assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void serverErrorWithoutATwilioBodyIsStillAServerError() {
        answer(aResponse()
                .withStatus(502)
                .withHeader("Content-Type", "text/html")
                .withBody("<html>Bad Gateway</html>"));

        SendResult.Failed failed = (SendResult.Failed) adapter.send(dispatchTo("+84912345678"));

        assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.detail()).contains("HTTP 502");
    }

    @Test
    void acceptedButUnreadableAnswerIsRetriedRatherThanLost() {
        answer(aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{not json"));

        SendResult result = adapter.send(dispatchTo("+84912345678"));

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
            assertThat(failed.retryable()).isTrue();
        });
    }

    @Test
    void providerEchoingTheTokenDoesNotLeakItIntoTheDetail() {
        answer(TwilioResponses.error(
                400, 21608, "Token " + TwilioSmsAdapterTests.AUTH_TOKEN + " cannot send to unverified numbers"));

        SendResult.Failed failed = (SendResult.Failed) adapter.send(dispatchTo("+84912345678"));

        assertThat(failed.detail())
                .doesNotContain(TwilioSmsAdapterTests.AUTH_TOKEN)
                .contains("****");
    }

    @Test
    void concurrentSendsEachSeeTheirOwnRetryAfter() throws Exception {
        for (int i = 1; i <= 8; i++) {
            twilio.stubFor(post(urlPathEqualTo(TwilioSmsAdapterTests.MESSAGES_PATH))
                    .withRequestBody(containing("To=%2B8491000000" + i))
                    .willReturn(TwilioResponses.error(429, 20429, "Too Many Requests")
                            .withHeader("Retry-After", Integer.toString(i))
                            .withFixedDelay(20 * (9 - i))));
        }
        List<Future<SendResult>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int i = 1; i <= 8; i++) {
                Dispatch dispatch = dispatchTo("+8491000000" + i);
                results.add(threads.submit(() -> adapter.send(dispatch)));
            }
        }

        for (int i = 1; i <= 8; i++) {
            SendResult.Failed failed = (SendResult.Failed) results.get(i - 1).get();
            assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(i));
        }
    }

    static void answer(ResponseDefinitionBuilder answer) {
        twilio.stubFor(post(urlPathEqualTo(TwilioSmsAdapterTests.MESSAGES_PATH))
                .willReturn(answer.withHeader("Content-Type", "application/json; charset=utf-8")));
    }

    static Dispatch dispatchTo(String address) {
        return new Dispatch(
                UUID.randomUUID(),
                AlertId.random(),
                UUID.randomUUID(),
                Channel.SMS,
                Tier.EVERYONE,
                address,
                "",
                "Cảnh báo lũ quét tại Xã Cao Minh",
                0,
                OffsetDateTime.now().plusHours(6));
    }
}
