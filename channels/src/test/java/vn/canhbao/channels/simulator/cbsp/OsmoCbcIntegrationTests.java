package vn.canhbao.channels.simulator.cbsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real OsmoCBC 0.4.0 between the ECBE REST API and the BSC simulator: what is POSTed reaches the BSC's cells over
 * CBSP octet for octet, and a DELETE kills it. Skipped where no osmo-cbc binary is found (see {@link OsmoCbc}).
 */
class OsmoCbcIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<CellGlobalId> CELLS =
            List.of(CellGlobalId.parse("452-04-1000-401"), CellGlobalId.parse("452-04-1000-402"));

    /** UCS-2, uncompressed, no message class (TS 23.038 §5, coding group 01xx). */
    static final int DCS_UCS2 = 0x48;

    static OsmoCbc cbc;
    static BscSimulator bsc;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> binary = OsmoCbc.locate();
        if (binary.isEmpty()) {
            return;
        }
        cbc = OsmoCbc.start(binary.get());
        // The simulator's default answer delay keeps clear of OsmoCBC 0.4.0's lost REST answers (see BscSimulator).
        bsc = new BscSimulator(cbc.cbsp(), CELLS).connect();
        assertThat(bsc.awaitLinkUp(WAIT)).as("OsmoCBC's RESET answered").isTrue();
    }

    /** Each test is skipped, with this reason, on a machine without OsmoCBC (a fresh clone, say). */
    @BeforeEach
    void requireOsmoCbc() {
        assumeTrue(
                cbc != null,
                "no osmo-cbc binary: build one with ../shared/cbc/build.sh DIR and set " + OsmoCbc.VARIABLE
                        + "=DIR/osmo-cbc-0.4.0/src/osmo-cbc (or put osmo-cbc on the PATH)");
    }

    @AfterAll
    static void stop() throws Exception {
        if (bsc != null) {
            bsc.close();
        }
        if (cbc != null) {
            cbc.close();
        }
    }

    @Test
    void broadcastsAVietnameseWarningToBothCellsAndKillsIt() throws Exception {
        String text = "Cảnh báo lũ quét tại Xã Cao Minh";
        List<byte[]> pages = ucs2Pages(text);
        SerialNumber serial = new SerialNumber(SerialNumber.CELL_WIDE_IMMEDIATE, 17, 0);

        HttpResponse<String> created = cbc.post(message(4371, serial, pages));

        assertThat(created.statusCode()).as(cbc.logText()).isEqualTo(201);
        assertThat(created.body()).isEqualTo("Created");
        ReceivedBroadcast received = bsc.awaitBroadcast(4371, serial, WAIT).orElseThrow();
        assertThat(received.cells()).containsExactlyElementsOf(CELLS);
        assertThat(received.dataCodingScheme()).isEqualTo(DCS_UCS2);
        assertThat(received.category()).isZero(); // high priority
        assertThat(received.repetitionPeriod()).isEqualTo(5);
        assertThat(received.pages()).singleElement().satisfies(page -> {
            assertThat(page.octets()).isEqualTo(pages.getFirst());
            assertThat(page.usableLength()).isEqualTo(CbsPage.OCTETS);
        });
        assertThat(ucs2Text(received)).isEqualTo(text);

        HttpResponse<String> deleted = cbc.delete(4371);

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(bsc.awaitKill(4371, serial, WAIT))
                .hasValueSatisfying(kill -> assertThat(kill.cells()).containsExactlyElementsOf(CELLS));
        assertThat(bsc.active()).doesNotContainKey(received);
    }

    @Test
    void sendsEveryPageOfALongerWarning() throws Exception {
        String text = "[DIỄN TẬP] Cảnh báo lũ quét cấp 3 tại Xã Cao Minh. Sơ tán ngay khỏi bờ suối, "
                + "lên chỗ cao. Mã CB-2026-0001, phát lúc 14:30.";
        List<byte[]> pages = ucs2Pages(text);
        SerialNumber serial = new SerialNumber(SerialNumber.CELL_WIDE_IMMEDIATE, 18, 0);

        assertThat(cbc.post(message(4373, serial, pages)).statusCode()).isEqualTo(201);

        ReceivedBroadcast received = bsc.awaitBroadcast(4373, serial, WAIT).orElseThrow();
        assertThat(received.pages()).hasSize(pages.size()).hasSizeGreaterThan(2);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(received.pages().get(i).octets()).as("page %d", i + 1).isEqualTo(pages.get(i));
        }
        assertThat(ucs2Text(received)).isEqualTo(text);
        assertThat(cbc.delete(4373).statusCode()).isEqualTo(200);
    }

    @Test
    void anUpdateReachesTheBscAsANewWriteReplace() throws Exception {
        SerialNumber first = new SerialNumber(SerialNumber.CELL_WIDE_IMMEDIATE, 19, 0);
        SerialNumber update = first.nextUpdate();
        assertThat(cbc.post(message(4372, first, ucs2Pages("Mưa lớn, nguy cơ sạt lở")))
                        .statusCode())
                .isEqualTo(201);
        bsc.awaitBroadcast(4372, first, WAIT).orElseThrow();
        List<byte[]> updatedPages = ucs2Pages("Cập nhật: sạt lở tại thôn Nà Bản");

        // OsmoCBC 0.4.0 cannot replace through the ECBE API: a second POST for an active identifier is refused with
        // 409 (or, as 0.4.0 answers it without a BSC, sometimes not answered at all).
        cbc.postAnsweredWithoutBsc(message(4372, update, updatedPages), Duration.ofSeconds(3))
                .ifPresent(refused -> assertThat(refused.statusCode()).isEqualTo(409));
        assertThat(bsc.broadcasts())
                .noneMatch(b -> b.messageId() == 4372 && b.serialNumber().equals(update));

        // So an Update is a DELETE, then a POST with the next update number.
        assertThat(cbc.delete(4372).statusCode()).isEqualTo(200);
        assertThat(bsc.awaitKill(4372, first, WAIT)).isPresent();
        assertThat(cbc.post(message(4372, update, updatedPages)).statusCode()).isEqualTo(201);

        ReceivedBroadcast updated = bsc.awaitBroadcast(4372, update, WAIT).orElseThrow();
        assertThat(updated.serialNumber().updateNumber()).isEqualTo(1);
        assertThat(updated.replaced()).isNull();
        assertThat(updated.cells()).containsExactlyElementsOf(CELLS);
        assertThat(updated.pages().getFirst().octets()).isEqualTo(updatedPages.getFirst());
        assertThat(cbc.delete(4372).statusCode()).isEqualTo(200);
    }

    /**
     * A {@code cbc_message} of OsmoCBC's {@code cbc.schema.json}, with the pages as {@code payload_encoded}: 0.4.0's
     * {@code payload_decoded} loses UCS-2 text. Scope is the whole PLMN, the only scope 0.4.0 accepts; the BSC's
     * cells decide where it is broadcast.
     */
    static String message(int messageId, SerialNumber serial, List<byte[]> pages) {
        ObjectNode message = JSON.createObjectNode()
                .put("cbe_name", "canhbao")
                .put("category", "high_priority")
                .put("repetition_period", 5)
                .put("num_of_bcast", 0);
        message.putObject("scope").putObject("scope_plmn");
        ObjectNode smscb = message.putObject("smscb_message").put("message_id", messageId);
        smscb.putObject("serial_nr")
                .putObject("serial_nr_decoded")
                .put("geo_scope", "cell_wide_immediate")
                .put("msg_code", serial.messageCode())
                .put("update_nr", serial.updateNumber());
        ObjectNode encoded =
                smscb.putObject("payload").putObject("payload_encoded").put("dcs", DCS_UCS2);
        pages.forEach(page -> encoded.withArray("pages").add(HexFormat.of().formatHex(page)));
        return message.toString();
    }

    /**
     * {@code text} as UCS-2 CBS pages (TS 23.038 and TS 23.041 §9.4.1.2.2): 41 characters (82 octets) of UTF-16BE per
     * page, the last page filled up with U+000D, the carriage return that pads GSM 7-bit pages, here in UCS-2.
     */
    static List<byte[]> ucs2Pages(String text) {
        byte[] octets = text.getBytes(StandardCharsets.UTF_16BE);
        List<byte[]> pages = new ArrayList<>();
        for (int at = 0; at < octets.length; at += CbsPage.OCTETS) {
            byte[] page = Arrays.copyOfRange(octets, at, at + CbsPage.OCTETS);
            for (int pad = octets.length - at; pad < CbsPage.OCTETS; pad += 2) {
                page[pad] = 0x00;
                page[pad + 1] = 0x0d;
            }
            pages.add(page);
        }
        return pages;
    }

    /** The text of UCS-2 pages, without the padding. */
    static String ucs2Text(ReceivedBroadcast broadcast) {
        StringBuilder text = new StringBuilder();
        broadcast.userData().forEach(page -> text.append(new String(page, StandardCharsets.UTF_16BE)));
        return text.toString().replaceAll("\r+$", "");
    }
}
