package vn.canhbao.channels.simulator.cbsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.SendResult;
import vn.canhbao.channels.cbc.CbcConfig;
import vn.canhbao.channels.cbc.CellBroadcastAdapter;
import vn.canhbao.channels.cbc.CellBroadcastDispatches;
import vn.canhbao.channels.cbc.CellBroadcastOrder;
import vn.canhbao.core.broadcast.BroadcastPages;
import vn.canhbao.core.broadcast.GeographicalScope;
import vn.canhbao.core.delivery.Dispatch;

/**
 * The cell broadcast adapter against a real OsmoCBC 0.4.0 with the BSC simulator behind it: a Vietnamese warning
 * reaches the cells in UCS-2 and reads back as sent, an Update reaches them with the next update number, a Cancel
 * kills it there. Skipped where no osmo-cbc binary is found (see {@link OsmoCbc}).
 */
class CellBroadcastAdapterOsmoCbcTests {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final List<CellGlobalId> CELLS =
            List.of(CellGlobalId.parse("452-04-2879-401"), CellGlobalId.parse("452-04-2879-402"));
    static final String TEXT = "CẢNH BÁO LŨ QUÉT: Mưa lớn gây lũ quét tại Xã Cao Minh. Cấp độ rủi ro 4."
            + " Di chuyển ngay lên vùng cao. Mã tin K7M2QX, phát lúc 14:30 12/10.";
    static final vn.canhbao.core.broadcast.SerialNumber FIRST =
            new vn.canhbao.core.broadcast.SerialNumber(GeographicalScope.LOCATION_AREA_WIDE, 611, 0);

    static OsmoCbc cbc;
    static BscSimulator bsc;
    static CellBroadcastAdapter adapter;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> binary = OsmoCbc.locate();
        if (binary.isEmpty()) {
            return;
        }
        cbc = OsmoCbc.start(binary.get());
        bsc = new BscSimulator(cbc.cbsp(), CELLS).connect();
        assertThat(bsc.awaitLinkUp(WAIT)).as("OsmoCBC's RESET answered").isTrue();
        adapter = new CellBroadcastAdapter(CbcConfig.of(cbc.ecbeBaseUrl()));
    }

    @BeforeEach
    void requireOsmoCbc() {
        assumeTrue(
                cbc != null,
                "no osmo-cbc binary: build one with ../shared/cbc/build.sh DIR and set " + OsmoCbc.VARIABLE
                        + "=DIR/osmo-cbc-0.4.0/src/osmo-cbc (or put osmo-cbc on the PATH)");
    }

    @AfterAll
    static void stop() throws Exception {
        if (adapter != null) {
            adapter.close();
        }
        if (bsc != null) {
            bsc.close();
        }
        if (cbc != null) {
            cbc.close();
        }
    }

    @Test
    void aWarningReachesTheCellsIsUpdatedThereAndKilled() {
        SendResult written = adapter.send(dispatch(CellBroadcastOrder.write("01879", 4371, FIRST, null), TEXT));

        assertThat(written).as(cbc.logText()).isInstanceOf(SendResult.Accepted.class);
        ReceivedBroadcast received = bsc.awaitBroadcast(4371, cbsp(FIRST), WAIT).orElseThrow();
        assertThat(received.cells()).containsExactlyElementsOf(CELLS);
        assertThat(received.dataCodingScheme()).isEqualTo(0x48);
        assertThat(BroadcastPages.of(received.dataCodingScheme(), received.userData())
                        .text())
                .isEqualTo(TEXT);

        String update = "CẬP NHẬT: Lũ quét đã xảy ra tại thôn Nà Bản, Xã Cao Minh. Cấp độ rủi ro 4.";
        SendResult updated =
                adapter.send(dispatch(CellBroadcastOrder.write("01879", 4371, FIRST.nextUpdate(), null), update));

        assertThat(updated).as(cbc.logText()).isInstanceOf(SendResult.Accepted.class);
        assertThat(bsc.awaitKill(4371, cbsp(FIRST), WAIT)).isPresent();
        ReceivedBroadcast second =
                bsc.awaitBroadcast(4371, cbsp(FIRST.nextUpdate()), WAIT).orElseThrow();
        assertThat(second.serialNumber().updateNumber()).isEqualTo(1);
        assertThat(second.serialNumber().messageCode()).isEqualTo(611);
        assertThat(BroadcastPages.of(second.dataCodingScheme(), second.userData())
                        .text())
                .isEqualTo(update);

        SendResult killed = adapter.send(dispatch(CellBroadcastOrder.kill("01879", 4371, FIRST.nextUpdate()), "Hủy"));

        assertThat(killed).as(cbc.logText()).isInstanceOf(SendResult.Accepted.class);
        assertThat(bsc.awaitKill(4371, cbsp(FIRST.nextUpdate()), WAIT))
                .hasValueSatisfying(kill -> assertThat(kill.cells()).containsExactlyElementsOf(CELLS));
        assertThat(bsc.active().keySet()).noneMatch(b -> b.messageId() == 4371);
    }

    private static SerialNumber cbsp(vn.canhbao.core.broadcast.SerialNumber serial) {
        return SerialNumber.of(serial.encoded());
    }

    private static Dispatch dispatch(CellBroadcastOrder order, String body) {
        return CellBroadcastDispatches.of(order, body, 0, OffsetDateTime.now().plusHours(1));
    }
}
