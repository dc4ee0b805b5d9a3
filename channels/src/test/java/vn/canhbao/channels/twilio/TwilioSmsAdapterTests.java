package vn.canhbao.channels.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.ChannelAdapterContract;
import vn.canhbao.channels.ProviderLimits;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;

/**
 * {@link TwilioSmsAdapter} against plain WireMock stubs: the shared contract, plus the exact request Twilio receives.
 * Twilio-specific classification is in {@link TwilioSmsAdapterClassificationTests}.
 */
class TwilioSmsAdapterTests extends ChannelAdapterContract {

    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "s3cr3t-auth-token-0123456789abcdef";
    static final String SERVICE_SID = "MG0123456789abcdef0123456789abcdef";
    static final String MESSAGES_PATH = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
    /** Long enough for a busy 2-core build machine, short enough to keep the timeout test quick. */
    static final Duration READ_TIMEOUT = Duration.ofMillis(2000);

    static final URI STATUS_CALLBACK = URI.create("https://canhbao.example.vn/webhooks/twilio/status");

    static WireMockServer twilio;
    static TwilioSmsAdapter adapter;
    static TwilioSmsAdapter unreachable;

    @BeforeAll
    static void startTwilio() throws IOException {
        twilio = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        twilio.start();
        adapter = new TwilioSmsAdapter(config(URI.create(twilio.baseUrl())));
        unreachable = new TwilioSmsAdapter(config(unreachableAddress()));
        warmUp(adapter);
    }

    /** Loads classes on both sides, so that the first test's answer is not slowed past the read timeout. */
    static void warmUp(TwilioSmsAdapter adapter) {
        adapter.send(new Dispatch(
                UUID.randomUUID(),
                AlertId.random(),
                UUID.randomUUID(),
                Channel.SMS,
                Tier.EVERYONE,
                "+84900000000",
                "",
                "warm-up",
                0,
                null));
    }

    @AfterAll
    static void stopTwilio() {
        adapter.close();
        unreachable.close();
        twilio.stop();
    }

    @BeforeEach
    void forgetRequests() {
        twilio.resetAll();
    }

    static TwilioConfig config(URI baseUrl) {
        return config(baseUrl, STATUS_CALLBACK, new ProviderLimits(Duration.ofMillis(500), READ_TIMEOUT, 0, 0));
    }

    /** This test's account, sending through its Messaging Service to {@code baseUrl}. */
    static TwilioConfig config(URI baseUrl, URI statusCallbackUrl, ProviderLimits limits) {
        return new TwilioConfig(ACCOUNT_SID, AUTH_TOKEN, SERVICE_SID, null, statusCallbackUrl, baseUrl, limits);
    }

    @Override
    protected ChannelAdapter adapter() {
        return adapter;
    }

    @Override
    protected ChannelAdapter adapterForUnreachableProvider() {
        return unreachable;
    }

    @Override
    protected List<String> secrets() {
        return List.of(
                AUTH_TOKEN,
                Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    protected Dispatch dispatch() {
        return dispatchTo("+84912345678", "Cảnh báo lũ quét tại Xã Cao Minh");
    }

    @Override
    protected void providerAccepts() {
        answer(aResponse().withStatus(201).withBody(TwilioResponses.message("SM" + "a".repeat(32), "+84912345678")));
    }

    @Override
    protected void providerRejectsRequest() {
        answer(TwilioResponses.error(400, 21602, "Message body is required."));
    }

    @Override
    protected void providerRejectsCredentials() {
        answer(TwilioResponses.error(401, 20003, "Authenticate"));
    }

    @Override
    protected void providerRateLimits(Duration retryAfter) {
        ResponseDefinitionBuilder answer = TwilioResponses.error(429, 20429, "Too Many Requests");
        if (retryAfter != null) {
            answer.withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
        }
        answer(answer);
    }

    @Override
    protected void providerFails(int status) {
        answer(TwilioResponses.error(status, 20000 + status, "Service failure"));
    }

    @Override
    protected void providerAnswersTooLate() {
        answer(aResponse()
                .withStatus(201)
                .withBody(TwilioResponses.message("SM" + "b".repeat(32), "+84912345678"))
                .withFixedDelay((int) READ_TIMEOUT.toMillis() * 2));
    }

    @Override
    protected int requestsReceived() {
        return twilio.getAllServeEvents().size();
    }

    static void answer(ResponseDefinitionBuilder answer) {
        twilio.stubFor(post(urlPathEqualTo(MESSAGES_PATH))
                .willReturn(answer.withHeader("Content-Type", "application/json; charset=utf-8")));
    }

    @Test
    void sendsTheMessageAsTwilioExpectsIt() {
        providerAccepts();
        Dispatch dispatch = dispatch();

        adapter.send(dispatch);

        twilio.verify(postRequestedFor(urlPathEqualTo(MESSAGES_PATH))
                .withBasicAuth(new BasicCredentials(ACCOUNT_SID, AUTH_TOKEN))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded")));
        assertThat(form(onlyRequest()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "To",
                        "+84912345678",
                        "Body",
                        "Cảnh báo lũ quét tại Xã Cao Minh",
                        "MessagingServiceSid",
                        SERVICE_SID,
                        "StatusCallback",
                        "https://canhbao.example.vn/webhooks/twilio/status?dispatch=" + dispatch.id()));
    }

    @Test
    void vietnameseBodyTravelsAsPercentEncodedUtf8() {
        providerAccepts();

        adapter.send(dispatch());

        // "Cảnh" → C, ả (U+1EA3 = E1 BA A3 in UTF-8), n, h
        assertThat(onlyRequest().getBodyAsString()).contains("Body=C%E1%BA%A3nh+b%C3%A1o+l%C5%A9+qu%C3%A9t");
    }

    @Test
    void sendsFromTheSenderWhenThereIsNoMessagingService() {
        providerAccepts();
        TwilioConfig withSender =
                new TwilioConfig(ACCOUNT_SID, AUTH_TOKEN, null, "CANHBAO", null, URI.create(twilio.baseUrl()), null);

        try (TwilioSmsAdapter fromSender = new TwilioSmsAdapter(withSender)) {
            fromSender.send(dispatch());
        }

        assertThat(form(onlyRequest()))
                .containsEntry("From", "CANHBAO")
                .doesNotContainKeys("MessagingServiceSid", "StatusCallback");
    }

    @Test
    void keepsAnExistingQueryOnTheStatusCallback() {
        providerAccepts();
        TwilioConfig config = config(
                URI.create(twilio.baseUrl()),
                URI.create("https://canhbao.example.vn/webhooks/twilio/status?env=prod"),
                null);
        Dispatch dispatch = dispatch();

        try (TwilioSmsAdapter withQuery = new TwilioSmsAdapter(config)) {
            withQuery.send(dispatch);
        }

        assertThat(form(onlyRequest()))
                .containsEntry(
                        "StatusCallback",
                        "https://canhbao.example.vn/webhooks/twilio/status?env=prod&dispatch=" + dispatch.id());
    }

    static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES_PATH)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] parts = pair.split("=", 2);
            form.put(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return form;
    }
}
