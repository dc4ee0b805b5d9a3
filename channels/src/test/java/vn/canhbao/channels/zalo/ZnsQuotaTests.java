package vn.canhbao.channels.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.simulator.ZaloSimulator;
import vn.canhbao.core.alert.AlertId;

/**
 * {@link ZaloOaAdapter#znsQuota()}: the request Zalo receives, its answer read whether the numbers come as strings (as
 * Zalo types them) or as numbers (as its example shows), a refusal or a broken answer as an exception naming no
 * secret; and against the simulator, the quota falling as ZNS messages are sent, and a rejected token refreshed.
 */
class ZnsQuotaTests {

    static final String QUOTA_PATH = "/message/quota";

    static WireMockServer wiremock;
    static ZaloSimulator simulator;
    ZaloOaAdapter adapter;

    @BeforeAll
    static void start() {
        wiremock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wiremock.start();
        simulator = new ZaloSimulator().start();
    }

    @AfterAll
    static void stop() {
        wiremock.stop();
        simulator.close();
    }

    @BeforeEach
    void freshAdapter() {
        wiremock.resetAll();
        adapter = new ZaloOaAdapter(
                ZaloOaAdapterTests.config(URI.create(wiremock.baseUrl())), ZaloOaAdapterTests.store());
    }

    @AfterEach
    void closeAdapter() {
        adapter.close();
    }

    @Test
    void asksTheZnsHostWithTheAccessTokenAndReadsStrings() throws Exception {
        wiremock.stubFor(get(urlPathEqualTo(QUOTA_PATH)).willReturn(okJson("""
                {"error":0,"message":"Success","data":{"dailyQuota":"1000","remainingQuota":"180"}}""")));

        ZnsQuota quota = adapter.znsQuota();

        assertThat(quota).isEqualTo(new ZnsQuota(1000, 180));
        wiremock.verify(getRequestedFor(urlPathEqualTo(QUOTA_PATH))
                .withHeader("access_token", equalTo(ZaloOaAdapterTests.ACCESS_TOKEN)));
    }

    @Test
    void readsNumbersToo() throws Exception {
        wiremock.stubFor(get(urlPathEqualTo(QUOTA_PATH)).willReturn(okJson("""
                {"data":{"dailyQuota":500,"remainingQuota":499},"error":0,"message":"success"}""")));

        assertThat(adapter.znsQuota()).isEqualTo(new ZnsQuota(500, 499));
    }

    @Test
    void aRefusalIsAnExceptionWithZalosWordsAndNoSecret() {
        wiremock.stubFor(get(urlPathEqualTo(QUOTA_PATH))
                .willReturn(okJson("{\"error\":-201,\"message\":\"Parameters are invalid\"}")));

        assertThatThrownBy(adapter::znsQuota)
                .isInstanceOf(IOException.class)
                .hasMessageContaining("-201")
                .hasMessageContaining("Parameters are invalid")
                .hasMessageNotContaining(ZaloOaAdapterTests.ACCESS_TOKEN)
                .hasMessageNotContaining(ZaloOaAdapterTests.APP_SECRET);
    }

    @Test
    void aServerErrorOrAnAnswerWithoutTheNumbersIsAnException() {
        wiremock.stubFor(get(urlPathEqualTo(QUOTA_PATH)).willReturn(serverError()));
        assertThatThrownBy(adapter::znsQuota).isInstanceOf(IOException.class).hasMessageContaining("HTTP 500");

        wiremock.stubFor(get(urlPathEqualTo(QUOTA_PATH))
                .willReturn(okJson("{\"error\":0,\"message\":\"Success\",\"data\":{\"dailyQuota\":\"many\"}}")));
        assertThatThrownBy(adapter::znsQuota).isInstanceOf(IOException.class).hasMessageContaining("remainingQuota");
    }

    @Test
    void againstTheSimulatorTheQuotaFallsAsZnsMessagesAreSentAndAnExpiredTokenIsRefreshed() throws Exception {
        simulator.reset();
        simulator.latency(Duration.ZERO);
        simulator.znsDailyQuota(100);
        try (ZaloOaAdapter real = new ZaloOaAdapter(
                simulator.adapterConfig(ZaloConfig.of(null, null, null)),
                new InMemoryZaloTokenStore(simulator.authorise()))) {
            assertThat(real.znsQuota()).isEqualTo(new ZnsQuota(100, 100));

            for (int i = 0; i < 2; i++) {
                real.send(ZaloOaAdapterTests.zaloDispatch(AlertId.random(), "phone:+84912345678", "", "Cảnh báo bão"));
            }
            simulator.expireAccessToken();

            assertThat(real.znsQuota()).isEqualTo(new ZnsQuota(100, 98));
            assertThat(simulator.refreshCount()).isEqualTo(1);
        }
    }
}
