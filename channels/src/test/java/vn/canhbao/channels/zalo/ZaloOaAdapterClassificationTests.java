package vn.canhbao.channels.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.alert.AlertId;

/** Zalo's error codes, answered with HTTP 200 as Zalo does, classified into failure reasons. */
class ZaloOaAdapterClassificationTests {

    static WireMockServer zalo;
    static ZaloOaAdapter adapter;

    @BeforeAll
    static void start() {
        zalo = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        zalo.start();
        adapter = new ZaloOaAdapter(ZaloOaAdapterTests.config(URI.create(zalo.baseUrl())), ZaloOaAdapterTests.store());
    }

    @AfterAll
    static void stop() {
        adapter.close();
        zalo.stop();
    }

    @BeforeEach
    void reset() {
        zalo.resetAll();
    }

    @ParameterizedTest(name = "ZNS error {0} is {1}")
    @CsvSource({
        "-108, INVALID_ADDRESS, Phone number invalid",
        "-118, INVALID_ADDRESS, Zalo account not existed",
        "-119, INVALID_ADDRESS, Account can not receive ZNS",
        "-115, QUOTA_EXCEEDED, Out of quota",
        "-144, QUOTA_EXCEEDED, OA has exceeded maximum number of daily quota",
        "-100, SERVER_ERROR, Unknown error",
        "-109, REJECTED, Template ID invalid",
        "-32, RATE_LIMITED, Request limit exceeded"
    })
    void znsErrors(int code, FailureReason reason, String message) {
        zalo.stubFor(post(urlPathEqualTo(ZaloOaAdapterTests.ZNS_PATH))
                .willReturn(okJson(ZaloOaAdapterTests.zaloError(code, message))));

        SendResult result = adapter.send(
                ZaloOaAdapterTests.zaloDispatch(AlertId.random(), "phone:0912345678", "", "Cảnh báo ngập lụt"));

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(reason);
            assertThat(failed.retryable()).isEqualTo(reason.retryable());
            assertThat(failed.detail()).contains("ZNS").contains(Integer.toString(code));
        });
    }

    @ParameterizedTest(name = "OA error {0} is {1}")
    @CsvSource({
        "-230, INVALID_ADDRESS, User has not interacted with the OA in the past 7 days",
        "-213, INVALID_ADDRESS, User has not followed the OA",
        "-211, QUOTA_EXCEEDED, Out of quota",
        "-201, REJECTED, Parameters are invalid"
    })
    void oaErrors(int code, FailureReason reason, String message) {
        zalo.stubFor(post(urlPathEqualTo(ZaloOaAdapterTests.CS_PATH))
                .willReturn(okJson(ZaloOaAdapterTests.zaloError(code, message))));

        SendResult result = adapter.send(
                ZaloOaAdapterTests.zaloDispatch(AlertId.random(), "uid:" + ZaloOaAdapterTests.USER_ID, "", "Cảnh báo"));

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> assertThat(failed.reason())
                .isEqualTo(reason));
    }
}
