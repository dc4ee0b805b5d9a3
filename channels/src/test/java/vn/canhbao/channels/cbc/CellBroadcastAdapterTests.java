package vn.canhbao.channels.cbc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.ChannelAdapterContract;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.ProviderLimits;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.broadcast.BroadcastPages;
import vn.canhbao.core.broadcast.GeographicalScope;
import vn.canhbao.core.broadcast.SerialNumber;
import vn.canhbao.core.delivery.Dispatch;

/**
 * {@link CellBroadcastAdapter} against WireMock stubs answering as OsmoCBC does: the shared contract, the exact
 * {@code cbc_message} the CBC receives, and the replace and kill sequences.
 */
class CellBroadcastAdapterTests extends ChannelAdapterContract {

    static final String TOKEN = "cbc-bearer-token-0123456789";
    static final String BODY = "CẢNH BÁO LŨ QUÉT: Mưa lớn gây lũ quét tại Xã Cao Minh. Cấp độ rủi ro 4."
            + " Di chuyển ngay lên vùng cao. Mã tin K7M2QX, phát lúc 14:30 12/10.";
    static final SerialNumber FIRST = new SerialNumber(GeographicalScope.LOCATION_AREA_WIDE, 517, 0);
    static final Instant NOW = Instant.parse("2026-10-12T07:30:00Z");
    static final Duration READ_TIMEOUT = Duration.ofMillis(1500);
    static final String MESSAGES = "/api/ecbe/v1/message";
    static final ObjectMapper JSON = new ObjectMapper();

    static WireMockServer cbc;
    static CellBroadcastAdapter adapter;
    static CellBroadcastAdapter unreachable;

    @BeforeAll
    static void startCbc() {
        cbc = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        cbc.start();
        adapter = new CellBroadcastAdapter(config(URI.create(cbc.baseUrl())), Clock.fixed(NOW, ZoneOffset.UTC));
        unreachable = new CellBroadcastAdapter(config(unreachableAddress()));
    }

    @AfterAll
    static void stopCbc() {
        adapter.close();
        unreachable.close();
        cbc.stop();
    }

    @BeforeEach
    void forgetRequests() {
        cbc.resetAll();
    }

    static CbcConfig config(URI baseUrl) {
        return new CbcConfig(
                baseUrl, null, TOKEN, null, 0, new ProviderLimits(Duration.ofMillis(500), READ_TIMEOUT, 0, 0));
    }

    static Dispatch dispatch(CellBroadcastOrder order, String body, int attempt, OffsetDateTime expires) {
        return CellBroadcastDispatches.of(order, body, attempt, expires);
    }

    static OffsetDateTime inHours(int hours) {
        return NOW.plus(Duration.ofHours(hours)).atOffset(ZoneOffset.ofHours(7));
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
        return List.of(TOKEN);
    }

    @Override
    protected Dispatch dispatch() {
        return dispatch(CellBroadcastOrder.write("01879", 4371, FIRST, null), BODY, 0, inHours(6));
    }

    @Override
    protected void providerAccepts() {
        answerPost(text(201, "Created"));
    }

    @Override
    protected void providerRejectsRequest() {
        answerPost(text(400, "CBCMSG only 'scope_plmn' supported"));
    }

    @Override
    protected void providerRejectsCredentials() {
        answerPost(text(401, "Unauthorized: " + TOKEN));
    }

    @Override
    protected void providerRateLimits(Duration retryAfter) {
        ResponseDefinitionBuilder answer = text(429, "Too Many Requests");
        if (retryAfter != null) {
            answer.withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
        }
        answerPost(answer);
    }

    @Override
    protected void providerFails(int status) {
        answerPost(text(status, "Internal Server Error"));
    }

    @Override
    protected void providerAnswersTooLate() {
        answerPost(text(201, "Created").withFixedDelay((int) READ_TIMEOUT.toMillis() * 2));
    }

    @Override
    protected int requestsReceived() {
        return cbc.getAllServeEvents().size();
    }

    static ResponseDefinitionBuilder text(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "text/plain")
                .withBody(body);
    }

    static void answerPost(ResponseDefinitionBuilder answer) {
        cbc.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(answer));
    }

    static void answerDelete(int messageId, ResponseDefinitionBuilder answer) {
        cbc.stubFor(delete(urlPathEqualTo(MESSAGES + "/" + messageId)).willReturn(answer));
    }

    /** The methods and paths the CBC received, in order. */
    static List<String> calls() {
        List<String> calls = new ArrayList<>();
        cbc.getAllServeEvents()
                .reversed()
                .forEach(e -> calls.add(
                        e.getRequest().getMethod() + " " + e.getRequest().getUrl()));
        return calls;
    }

    @Test
    void postsTheWardsWarningAsUcs2PagesOnItsIdentifierAndSerialNumber() throws Exception {
        providerAccepts();

        SendResult result = adapter.send(dispatch());

        assertThat(result).isEqualTo(SendResult.accepted("cbs-4371-" + FIRST.encoded()));
        cbc.verify(postRequestedFor(urlPathEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json")));
        JsonNode sent =
                JSON.readTree(cbc.getAllServeEvents().getFirst().getRequest().getBodyAsString());
        assertThat(sent.path("cbe_name").asText()).isEqualTo("canhbao");
        assertThat(sent.path("category").asText()).isEqualTo("high_priority");
        assertThat(sent.path("repetition_period").asInt()).isEqualTo(32);
        // Six hours at 32 × 1.883 s: the cells stop by themselves when the warning expires.
        assertThat(sent.path("num_of_bcast").asInt()).isEqualTo(359);
        assertThat(sent.path("scope").path("scope_plmn").isObject()).isTrue();
        JsonNode smscb = sent.path("smscb_message");
        assertThat(smscb.path("message_id").asInt()).isEqualTo(4371);
        assertThat(smscb.path("serial_nr").path("serial_nr_decoded").toString())
                .isEqualTo("{\"geo_scope\":\"lac_sac_tac_wide\",\"msg_code\":517,\"update_nr\":0}");
        JsonNode encoded = smscb.path("payload").path("payload_encoded");
        assertThat(encoded.path("dcs").asInt())
                .as("UCS-2, language unspecified")
                .isEqualTo(0x48);
        List<String> pages = new ArrayList<>();
        encoded.path("pages").forEach(p -> pages.add(p.asText()));
        assertThat(pages).hasSize(4).allSatisfy(page -> assertThat(page).hasSize(164));
        assertThat(BroadcastPages.fromHex(0x48, pages).text()).isEqualTo(BODY);
    }

    @Test
    void theKhongDauTextGoesAsGsm7() throws Exception {
        providerAccepts();
        String plain = "CANH BAO LU QUET: Mua lon gay lu quet tai Xa Cao Minh. Cap do rui ro 4. Ma tin K7M2QX.";

        adapter.send(dispatch(CellBroadcastOrder.write("01879", 4371, FIRST, null), plain, 0, inHours(1)));

        JsonNode encoded = JSON.readTree(
                        cbc.getAllServeEvents().getFirst().getRequest().getBodyAsString())
                .path("smscb_message")
                .path("payload")
                .path("payload_encoded");
        assertThat(encoded.path("dcs").asInt()).isEqualTo(0x0F);
        assertThat(encoded.path("pages")).hasSize(1);
    }

    @Test
    void anUpdateDeletesTheEarlierVersionThenPostsTheNextUpdateNumber() throws Exception {
        answerDelete(4371, text(200, "OK"));
        providerAccepts();

        SendResult result = adapter.send(
                dispatch(CellBroadcastOrder.write("01879", 4371, FIRST.nextUpdate(), null), BODY, 0, inHours(2)));

        assertThat(result).isInstanceOf(SendResult.Accepted.class);
        assertThat(calls()).containsExactly("DELETE " + MESSAGES + "/4371", "POST " + MESSAGES);
        JsonNode serial = JSON.readTree(
                        cbc.getAllServeEvents().getFirst().getRequest().getBodyAsString())
                .path("smscb_message")
                .path("serial_nr")
                .path("serial_nr_decoded");
        assertThat(serial.path("msg_code").asInt()).isEqualTo(517);
        assertThat(serial.path("update_nr").asInt()).isEqualTo(1);
    }

    @Test
    void anUpdateOnAnotherIdentifierStopsTheOldOneFirst() {
        answerDelete(4375, text(200, "OK"));
        answerDelete(4371, text(404, "Unknown message ID"));
        providerAccepts();

        SendResult result = adapter.send(
                dispatch(CellBroadcastOrder.write("01879", 4371, FIRST.nextUpdate(), 4375), BODY, 0, inHours(2)));

        assertThat(result).isInstanceOf(SendResult.Accepted.class);
        assertThat(calls())
                .containsExactly("DELETE " + MESSAGES + "/4375", "DELETE " + MESSAGES + "/4371", "POST " + MESSAGES);
    }

    @Test
    void aRetryReplacesWhatAnUnansweredAttemptMayHaveWritten() {
        answerDelete(4371, text(200, "OK"));
        providerAccepts();

        SendResult result =
                adapter.send(dispatch(CellBroadcastOrder.write("01879", 4371, FIRST, null), BODY, 1, inHours(2)));

        assertThat(result).isInstanceOf(SendResult.Accepted.class);
        assertThat(calls()).containsExactly("DELETE " + MESSAGES + "/4371", "POST " + MESSAGES);
    }

    @Test
    void anIdentifierAlreadyInUseIsRetriedAsAReplace() {
        answerPost(text(409, "Could not allocate"));

        SendResult.Failed failed = failed(adapter.send(dispatch()));

        assertThat(failed.reason()).isEqualTo(FailureReason.REJECTED);
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.detail()).contains("identifier 4371");
    }

    @Test
    void aFailingDeleteStopsTheUpdateBeforeAnyPost() {
        answerDelete(4371, text(503, "Service Unavailable"));
        providerAccepts();

        SendResult.Failed failed = failed(adapter.send(
                dispatch(CellBroadcastOrder.write("01879", 4371, FIRST.nextUpdate(), null), BODY, 0, inHours(2))));

        assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(calls()).containsExactly("DELETE " + MESSAGES + "/4371");
    }

    @Test
    void aCancelDeletesTheMessageAndNothingThereIsDoneToo() {
        answerDelete(4371, text(200, "OK"));
        CellBroadcastOrder kill = CellBroadcastOrder.kill("01879", 4371, FIRST);

        assertThat(adapter.send(dispatch(kill, "Hủy cảnh báo", 0, inHours(1))))
                .isEqualTo(SendResult.accepted("cbs-kill-4371-" + FIRST.encoded()));
        assertThat(calls()).containsExactly("DELETE " + MESSAGES + "/4371");

        cbc.resetAll();
        answerDelete(4371, text(404, "Unknown message ID"));
        assertThat(adapter.send(dispatch(kill, "Hủy cảnh báo", 1, inHours(1)))).isInstanceOf(SendResult.Accepted.class);
        cbc.verify(deleteRequestedFor(urlPathEqualTo(MESSAGES + "/4371")));
    }

    @Test
    void anAddressThatIsNoOrderOrATextTooLongIsRefusedWithoutARequest() {
        SendResult.Failed wrongAddress = failed(adapter.send(dispatchTo("loa-01879-1", BODY)));
        SendResult.Failed tooLong = failed(adapter.send(
                dispatch(CellBroadcastOrder.write("01879", 4371, FIRST, null), "Lũ ".repeat(300), 0, inHours(1))));

        assertThat(wrongAddress.reason()).isEqualTo(FailureReason.REJECTED);
        assertThat(wrongAddress.detail()).contains("Not a cell broadcast address");
        assertThat(tooLong.reason()).isEqualTo(FailureReason.REJECTED);
        assertThat(requestsReceived()).isZero();
    }

    @Test
    void repetitionsCoverTheTimeToExpiryAtLeastOnceAndAtMostWhatCbspCounts() {
        EcbeMessage message = new EcbeMessage(CbcConfig.of(URI.create("http://cbc")));

        assertThat(message.broadcasts(NOW.plusSeconds(60).atOffset(ZoneOffset.UTC), NOW))
                .isEqualTo(1);
        assertThat(message.broadcasts(NOW.minusSeconds(60).atOffset(ZoneOffset.UTC), NOW))
                .isEqualTo(1);
        assertThat(message.broadcasts(null, NOW))
                .as("six hours without an expiry")
                .isEqualTo(359);
        assertThat(new EcbeMessage(new CbcConfig(URI.create("http://cbc"), null, null, null, 1, null))
                        .broadcasts(NOW.plus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC), NOW))
                .isEqualTo(65535);
    }
}
