package vn.canhbao.channels.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.SendResult;
import vn.canhbao.channels.cbc.CbcConfig;
import vn.canhbao.channels.cbc.CellBroadcastAdapter;
import vn.canhbao.channels.cbc.CellBroadcastDispatches;
import vn.canhbao.channels.cbc.CellBroadcastOrder;
import vn.canhbao.core.broadcast.GeographicalScope;
import vn.canhbao.core.broadcast.SerialNumber;
import vn.canhbao.core.delivery.Dispatch;

/** The ECBE simulator answers the adapter as OsmoCBC 0.4.0 does, and keeps what a test needs to read back. */
class EcbeSimulatorTests {

    static final String TEXT = "CẢNH BÁO LŨ QUÉT: Mưa lớn tại Xã Cao Minh. Cấp độ rủi ro 4. Lên vùng cao ngay.";
    static final SerialNumber FIRST = new SerialNumber(GeographicalScope.LOCATION_AREA_WIDE, 300, 0);
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static EcbeSimulator cbc;
    static CellBroadcastAdapter adapter;

    @BeforeAll
    static void start() {
        cbc = new EcbeSimulator().start();
        adapter = new CellBroadcastAdapter(cbc.adapterConfig(CbcConfig.of(URI.create("http://unused"))));
    }

    @AfterAll
    static void stop() {
        adapter.close();
        cbc.stop();
    }

    @BeforeEach
    void reset() {
        cbc.reset();
    }

    static Dispatch dispatch(CellBroadcastOrder order, int attempt) {
        return CellBroadcastDispatches.of(
                order, TEXT, attempt, OffsetDateTime.now().plusHours(1));
    }

    @Test
    void keepsTheWardsWarningWithItsPagesReadBack() {
        SendResult result = adapter.send(dispatch(CellBroadcastOrder.write("01879", 4371, FIRST, null), 0));

        assertThat(result).isInstanceOf(SendResult.Accepted.class);
        assertThat(cbc.active()).containsOnlyKeys(4371);
        assertThat(cbc.broadcasts()).singleElement().satisfies(b -> {
            assertThat(b.text()).isEqualTo(TEXT);
            assertThat(b.dataCodingScheme()).isEqualTo(0x48);
            assertThat(b.serialNumber()).isEqualTo(FIRST);
            assertThat(b.cbeName()).isEqualTo("canhbao");
            assertThat(b.numberOfBroadcasts()).isBetween(59, 60);
        });
    }

    @Test
    void refusesASecondMessageOnAnActiveIdentifierAsOsmoCbcDoesAndTheRetryReplacesIt() {
        adapter.send(dispatch(CellBroadcastOrder.write("01879", 4371, FIRST, null), 0));

        SendResult.Failed refused =
                (SendResult.Failed) adapter.send(dispatch(CellBroadcastOrder.write("01879", 4371, FIRST, null), 0));
        SendResult retried = adapter.send(dispatch(CellBroadcastOrder.write("01879", 4371, FIRST, null), 1));

        assertThat(refused.reason()).isEqualTo(FailureReason.REJECTED);
        assertThat(refused.retryable()).isTrue();
        assertThat(retried).isInstanceOf(SendResult.Accepted.class);
        assertThat(cbc.kills()).hasSize(1);
        assertThat(cbc.active()).containsOnlyKeys(4371);
    }

    @Test
    void anUpdateAndACancel() {
        adapter.send(dispatch(CellBroadcastOrder.write("01879", 4375, FIRST, null), 0));

        adapter.send(dispatch(CellBroadcastOrder.write("01879", 4371, FIRST.nextUpdate(), 4375), 0));

        assertThat(cbc.active()).containsOnlyKeys(4371);
        assertThat(cbc.active().get(4371).serialNumber().updateNumber()).isEqualTo(1);
        assertThat(cbc.kills()).extracting(b -> b.messageId()).containsExactly(4375);

        adapter.send(dispatch(CellBroadcastOrder.kill("01879", 4371, FIRST.nextUpdate()), 0));

        assertThat(cbc.active()).isEmpty();
        assertThat(cbc.kills()).extracting(b -> b.messageId()).containsExactly(4375, 4371);
    }

    @Test
    void refusesWhatOsmoCbcRefusesWithItsReason() throws Exception {
        HttpResponse<String> cellList = post("{\"scope\":{\"scope_cell_list\":[]},\"smscb_message\":{}}");
        HttpResponse<String> decodedUcs2 = post("""
                {"scope":{"scope_plmn":{}},"smscb_message":{"message_id":4371,
                 "serial_nr":{"serial_nr_decoded":{"geo_scope":"plmn_wide","msg_code":1,"update_nr":0}},
                 "payload":{"payload_decoded":{"character_set":"ucs2","data_utf8":"Cảnh báo"}}}}""");
        HttpResponse<String> unknown = HTTP.send(
                HttpRequest.newBuilder(URI.create(cbc.baseUrl() + "/api/ecbe/v1/message/4371"))
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(cellList.statusCode()).isEqualTo(400);
        assertThat(cellList.body()).isEqualTo("CBCMSG only 'scope_plmn' supported");
        assertThat(decodedUcs2.statusCode()).isEqualTo(400);
        assertThat(decodedUcs2.body()).contains("payload_encoded");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("Unknown message ID");
        assertThat(cbc.broadcasts()).isEmpty();
    }

    @Test
    void failsAndRateLimitsOnRequest() {
        cbc.rateLimitNext(1, 3);
        SendResult.Failed limited =
                (SendResult.Failed) adapter.send(dispatch(CellBroadcastOrder.write("01879", 4371, FIRST, null), 0));
        cbc.failureRate(1);
        SendResult.Failed failed =
                (SendResult.Failed) adapter.send(dispatch(CellBroadcastOrder.write("01879", 4371, FIRST, null), 0));

        assertThat(limited.reason()).isEqualTo(FailureReason.RATE_LIMITED);
        assertThat(limited.retryAfter()).hasSeconds(3);
        assertThat(failed.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(cbc.active()).isEmpty();
    }

    private static HttpResponse<String> post(String json) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(cbc.baseUrl() + "/api/ecbe/v1/message"))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
