package vn.canhbao.channels.esms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.ProviderLimits;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.delivery.Dispatch;

/** The exact request eSMS receives from {@link EsmsSmsAdapter}, and what the adapter makes of answers eSMS documents. */
class EsmsSmsAdapterRequestTests {

    static final String API_KEY = "A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5";
    static final String SECRET_KEY = "F0E1D2C3B4A5968778695A4B3C2D1E";
    static final String CALLBACK_SECRET = "cb-secret-0123456789abcdef";
    static final URI CALLBACK = URI.create("https://canhbao.example.vn/webhooks/esms?token=" + CALLBACK_SECRET);
    static final String SEND = "/MainService.svc/json/SendMultipleMessage_V4_post_json/";
    static final Duration READ_TIMEOUT = Duration.ofMillis(1500);
    static final ObjectMapper JSON = new ObjectMapper();

    static WireMockServer esms;
    static EsmsSmsAdapter adapter;

    @BeforeAll
    static void start() {
        esms = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        esms.start();
        adapter = new EsmsSmsAdapter(config(false, CALLBACK));
    }

    @AfterAll
    static void stop() {
        adapter.close();
        esms.stop();
    }

    @BeforeEach
    void forget() {
        esms.resetAll();
        answer(aResponse().withBody("{\"CodeResult\":\"100\",\"CountRegenerate\":0,\"SMSID\":\"d533459ee42b2b95\"}"));
    }

    static EsmsConfig config(boolean unicode, URI callbackUrl) {
        return new EsmsConfig(
                API_KEY,
                SECRET_KEY,
                "CANHBAO",
                null,
                unicode,
                callbackUrl,
                URI.create(esms.baseUrl()),
                new ProviderLimits(Duration.ofMillis(500), READ_TIMEOUT, 0, 0));
    }

    static void answer(ResponseDefinitionBuilder answer) {
        esms.stubFor(post(urlEqualTo(SEND))
                .willReturn(answer.withHeader("Content-Type", "application/json; charset=utf-8")));
    }

    @Test
    void sendsTheJsonEsmsDocuments() {
        Dispatch dispatch = EsmsDispatches.to("+84912345678");

        SendResult result = adapter.send(dispatch);

        assertThat(result).isEqualTo(SendResult.accepted("d533459ee42b2b95"));
        esms.verify(postRequestedFor(urlEqualTo(SEND))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"ApiKey":"%s","SecretKey":"%s","Phone":"0912345678","Content":"Cảnh báo lũ quét tại Xã Cao Minh",
                         "Brandname":"CANHBAO","SmsType":"2","IsUnicode":"1","RequestId":"%s",
                         "CallbackUrl":"https://canhbao.example.vn/webhooks/esms?token=%s"}
                        """.formatted(API_KEY, SECRET_KEY, dispatch.id(), CALLBACK_SECRET))));
    }

    @Test
    void vietnameseTextArrivesAsGivenInUtf8() throws Exception {
        adapter.send(EsmsDispatches.to("+84912345678", "Sạt lở đất: sơ tán ngay khỏi Tổ 2, Xã Cao Minh"));

        assertThat(body(onlyRequest()).get("Content").asText())
                .isEqualTo("Sạt lở đất: sơ tán ngay khỏi Tổ 2, Xã Cao Minh");
        assertThat(onlyRequest().getHeader("Content-Type")).containsIgnoringCase("charset=utf-8");
    }

    @Test
    void khongDauTextGoesAsNonUnicodeUnlessUnicodeIsConfigured() throws Exception {
        adapter.send(EsmsDispatches.to("+84912345678", "Canh bao lu quet tai Xa Cao Minh"));
        assertThat(body(onlyRequest()).get("IsUnicode").asText()).isEqualTo("0");

        esms.resetRequests();
        try (EsmsSmsAdapter alwaysUnicode = new EsmsSmsAdapter(config(true, CALLBACK))) {
            alwaysUnicode.send(EsmsDispatches.to("+84912345678", "Canh bao lu quet tai Xa Cao Minh"));
        }
        assertThat(body(onlyRequest()).get("IsUnicode").asText()).isEqualTo("1");
    }

    @Test
    void withoutACallbackUrlNoneIsSent() throws Exception {
        try (EsmsSmsAdapter noReports = new EsmsSmsAdapter(config(false, null))) {
            noReports.send(EsmsDispatches.to("+84912345678"));
        }

        assertThat(body(onlyRequest()).has("CallbackUrl")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+84912345678", "84912345678", "0912345678", "+84 912 345 678"})
    void vietnameseNumbersGoInTheNationalForm(String address) throws Exception {
        adapter.send(EsmsDispatches.to(address));

        assertThat(body(onlyRequest()).get("Phone").asText()).isEqualTo("0912345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+12025550123", "+842437654321", "0241234567", "not a number"})
    void anythingButAVietnameseMobileIsAnInvalidAddressWithoutARequest(String address) {
        SendResult.Failed failed = (SendResult.Failed) adapter.send(EsmsDispatches.to(address));

        assertThat(failed.reason()).isEqualTo(FailureReason.INVALID_ADDRESS);
        assertThat(esms.getAllServeEvents()).isEmpty();
    }

    @Test
    void aDuplicateRequestIdIsOurOwnResendAndAccepted() {
        answer(aResponse().withBody("""
                {"CodeResult":"124","CountRegenerate":0,"ErrorMessage":"Request exist 1","SendStatus":"5"}"""));
        Dispatch dispatch = EsmsDispatches.to("+84912345678");

        assertThat(adapter.send(dispatch))
                .isEqualTo(SendResult.accepted(dispatch.id().toString()));
    }

    @Test
    void acceptanceWithoutAnSmsIdIsRetriedSafely() {
        answer(aResponse().withBody("{\"CodeResult\":\"100\",\"CountRegenerate\":0}"));

        SendResult.Failed failed = (SendResult.Failed) adapter.send(EsmsDispatches.to("+84912345678"));

        assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(failed.retryable()).isTrue();
    }

    @Test
    void anUnreadableAnswerIsRetryable() {
        answer(aResponse().withBody("<html>Request Error</html>"));

        SendResult.Failed failed = (SendResult.Failed) adapter.send(EsmsDispatches.to("+84912345678"));

        assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(failed.retryable()).isTrue();
    }

    @Test
    void aBodyEsmsCannotReadIsRejected() {
        answer(aResponse().withStatus(400).withBody("{\"error\":\"Invalid request\"}"));

        SendResult.Failed failed = (SendResult.Failed) adapter.send(EsmsDispatches.to("+84912345678"));

        assertThat(failed.reason()).isEqualTo(FailureReason.REJECTED);
        assertThat(failed.retryable()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void serverErrorsAreTransient(int status) {
        answer(aResponse().withStatus(status).withBody("Request Error"));

        SendResult.Failed failed = (SendResult.Failed) adapter.send(EsmsDispatches.to("+84912345678"));

        assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(failed.retryable()).isTrue();
        assertThat(esms.getAllServeEvents()).hasSize(1);
    }

    @Test
    void aLateAnswerIsATransientTimeout() {
        answer(aResponse()
                .withBody("{\"CodeResult\":\"100\",\"SMSID\":\"late\"}")
                .withFixedDelay((int) READ_TIMEOUT.toMillis() * 2));

        SendResult.Failed failed = (SendResult.Failed) adapter.send(EsmsDispatches.to("+84912345678"));

        assertThat(failed.reason()).isEqualTo(FailureReason.TIMEOUT);
        assertThat(failed.retryable()).isTrue();
    }

    @Test
    void anEchoedRequestLeaksNoKey() {
        answer(aResponse()
                .withBody("{\"CodeResult\":\"101\",\"ErrorMessage\":\"Authorize Failed for ApiKey " + API_KEY
                        + " SecretKey " + SECRET_KEY + " CallbackUrl " + CALLBACK + "\"}"));

        SendResult.Failed failed = (SendResult.Failed) adapter.send(EsmsDispatches.to("+84912345678"));

        assertThat(failed.reason()).isEqualTo(FailureReason.AUTH_ERROR);
        assertThat(failed.detail())
                .contains("101")
                .doesNotContain(API_KEY)
                .doesNotContain(SECRET_KEY)
                .doesNotContain(CALLBACK_SECRET);
    }

    static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = esms.findAll(postRequestedFor(urlEqualTo(SEND)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    static JsonNode body(LoggedRequest request) throws Exception {
        return JSON.readTree(request.getBodyAsString());
    }
}
