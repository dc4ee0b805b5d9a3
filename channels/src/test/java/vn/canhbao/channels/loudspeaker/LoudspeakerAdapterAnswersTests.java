package vn.canhbao.channels.loudspeaker;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.delivery.Dispatch;

/** The answers particular to the loudspeaker contract, and a vendor configured with its own field names. */
class LoudspeakerAdapterAnswersTests {

    static WireMockServer vendor;
    static LoudspeakerAdapter adapter;

    @BeforeAll
    static void startVendor() {
        vendor = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        vendor.start();
        adapter = new LoudspeakerAdapter(LoudspeakerAdapterTests.config(URI.create(vendor.baseUrl())));
    }

    @AfterAll
    static void stopVendor() {
        adapter.close();
        vendor.stop();
    }

    @BeforeEach
    void forgetRequests() {
        vendor.resetAll();
    }

    static Dispatch dispatch() {
        return LoudspeakerAdapterTests.dispatch(
                "cum-loa-001", LoudspeakerAdapterTests.TITLE, LoudspeakerAdapterTests.BODY);
    }

    static void answer(int status, String body) {
        vendor.stubFor(post(urlPathEqualTo("/broadcasts"))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    @Test
    void duplicateIdempotencyKeyIsAcceptedWithTheExistingBroadcast() {
        answer(409, "{\"id\":\"bc_first\",\"status\":\"playing\"}");

        assertThat(adapter.send(dispatch())).isEqualTo(new SendResult.Accepted("bc_first"));
    }

    @Test
    void duplicateWithoutABodyTakesTheIdFromLocation() {
        vendor.stubFor(post(urlPathEqualTo("/broadcasts"))
                .willReturn(aResponse().withStatus(409).withHeader("Location", "/broadcasts/bc_loc")));

        assertThat(adapter.send(dispatch())).isEqualTo(new SendResult.Accepted("bc_loc"));
    }

    @Test
    void aRetriedDispatchCarriesTheSameIdempotencyKey() {
        answer(202, "{\"id\":\"bc_1\",\"status\":\"queued\"}");
        Dispatch first = dispatch();
        Dispatch retry = new Dispatch(
                first.id(),
                first.alertId(),
                first.recipientId(),
                first.channel(),
                first.tier(),
                first.address(),
                first.title(),
                first.body(),
                1,
                first.expires());

        adapter.send(first);
        adapter.send(retry);

        vendor.verify(
                2,
                postRequestedFor(urlPathEqualTo("/broadcasts"))
                        .withHeader("Idempotency-Key", equalTo(first.id().toString())));
    }

    @Test
    void unknownClusterIsAnInvalidAddress() {
        answer(400, "{\"error\":{\"code\":\"invalid_cluster\",\"message\":\"Không tìm thấy cụm loa cum-loa-999\"}}");

        SendResult.Failed failed = (SendResult.Failed) adapter.send(dispatch());

        assertThat(failed.reason()).isEqualTo(FailureReason.INVALID_ADDRESS);
        assertThat(failed.retryable()).isFalse();
        assertThat(failed.detail()).contains("HTTP 400 invalid_cluster", "cụm loa cum-loa-999");
    }

    @Test
    void forbiddenIsAnAuthError() {
        answer(403, "{\"error\":{\"code\":\"forbidden\",\"message\":\"Không có quyền phát\"}}");

        assertThat(((SendResult.Failed) adapter.send(dispatch())).reason()).isEqualTo(FailureReason.AUTH_ERROR);
    }

    @Test
    void otherClientErrorsAreRejectedForGood() {
        answer(422, "{\"error\":{\"code\":\"text_too_long\",\"message\":\"Nội dung quá dài\"}}");

        SendResult.Failed failed = (SendResult.Failed) adapter.send(dispatch());

        assertThat(failed.reason()).isEqualTo(FailureReason.REJECTED);
        assertThat(failed.retryable()).isFalse();
    }

    @Test
    void successWithoutABroadcastIdIsRetryableBecauseTheRetryFindsIt() {
        answer(201, "{\"status\":\"queued\"}");

        SendResult.Failed failed = (SendResult.Failed) adapter.send(dispatch());

        assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(failed.retryable()).isTrue();
    }

    @Test
    void aVendorWithItsOwnFieldNamesIsConfiguredNotCoded() {
        LoudspeakerFieldMapping vendorNames = new LoudspeakerFieldMapping(
                "cum_loa",
                "noi_dung",
                "giong_doc",
                "",
                "so_lan_phat",
                "muc_uu_tien",
                "",
                "het_han",
                "",
                "ma_tham_chieu",
                "du_lieu.ma_ban_tin",
                "trang_thai",
                "loi.ma",
                "loi.thong_bao",
                "khan_cap",
                Set.of("CUM_LOA_KHONG_TON_TAI"),
                Map.of("da_phat", "completed"));
        LoudspeakerConfig config = new LoudspeakerConfig(
                URI.create(vendor.baseUrl()), "X-Api-Key", "khoa-api", vendorNames, "nu_mien_bac", 0, null, null, null);
        answer(201, "{\"du_lieu\":{\"ma_ban_tin\":\"BT-2025-0042\",\"trang_thai\":\"cho_phat\"}}");
        Dispatch dispatch = dispatch();

        SendResult result;
        try (LoudspeakerAdapter vendorAdapter = new LoudspeakerAdapter(config)) {
            result = vendorAdapter.send(dispatch);
        }

        assertThat(result).isEqualTo(new SendResult.Accepted("BT-2025-0042"));
        vendor.verify(postRequestedFor(urlPathEqualTo("/broadcasts"))
                .withHeader("X-Api-Key", equalTo("khoa-api"))
                .withRequestBody(equalToJson("""
                        {
                          "cum_loa": ["cum-loa-001"],
                          "noi_dung": "%s",
                          "giong_doc": "nu_mien_bac",
                          "so_lan_phat": 3,
                          "muc_uu_tien": "khan_cap",
                          "het_han": "2025-10-05T20:30:00+07:00",
                          "ma_tham_chieu": "%s"
                        }""".formatted(LoudspeakerAdapterTests.SCRIPT, dispatch.id()))));
    }

    @Test
    void aVendorsOwnInvalidClusterCodeIsAnInvalidAddress() {
        LoudspeakerFieldMapping vendorNames = new LoudspeakerFieldMapping(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "loi.ma",
                null,
                null,
                Set.of("CUM_LOA_KHONG_TON_TAI"),
                null);
        answer(404, "{\"loi\":{\"ma\":\"CUM_LOA_KHONG_TON_TAI\"}}");

        SendResult result;
        try (LoudspeakerAdapter vendorAdapter = new LoudspeakerAdapter(new LoudspeakerConfig(
                URI.create(vendor.baseUrl()), null, "k", vendorNames, null, 0, null, null, null))) {
            result = vendorAdapter.send(dispatch());
        }

        assertThat(((SendResult.Failed) result).reason()).isEqualTo(FailureReason.INVALID_ADDRESS);
    }
}
