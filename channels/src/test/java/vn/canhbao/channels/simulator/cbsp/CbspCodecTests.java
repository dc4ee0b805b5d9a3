package vn.canhbao.channels.simulator.cbsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.canhbao.channels.simulator.cbsp.CbspVectors.hex;
import static vn.canhbao.channels.simulator.cbsp.CbspVectors.octets;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CBSP codec reads and writes messages byte for byte as OsmoCBC 0.4.0 does. */
class CbspCodecTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                CbspVectors.RESET,
                CbspVectors.RESTART,
                CbspVectors.RESET_COMPLETE,
                CbspVectors.WRITE_REPLACE,
                CbspVectors.WRITE_REPLACE_COMPLETE,
                CbspVectors.KILL,
                CbspVectors.KILL_COMPLETE,
                CbspVectors.KEEP_ALIVE,
                CbspVectors.KEEP_ALIVE_COMPLETE
            })
    void writesBackWhatItRead(String message) {
        assertThat(hex(CbspCodec.encode(CbspCodec.decode(octets(message))))).isEqualTo(message);
    }

    @Test
    void readsOsmoCbcsWriteReplace() {
        WriteReplace write = WriteReplace.from(CbspCodec.decode(octets(CbspVectors.WRITE_REPLACE)));

        assertThat(write.messageId()).isEqualTo(4371);
        assertThat(write.serialNumber()).isEqualTo(new SerialNumber(SerialNumber.CELL_WIDE_IMMEDIATE, 17, 0));
        assertThat(write.oldSerialNumber()).isNull();
        assertThat(write.cells().discriminator()).isEqualTo(CellDiscriminator.ALL_IN_BSS);
        assertThat(write.channelIndicator()).isZero();
        assertThat(write.category()).isZero(); // high priority, TS 48.049 §8.2.7
        assertThat(write.repetitionPeriod()).isEqualTo(5);
        assertThat(write.broadcastsRequested()).isZero();
        assertThat(write.dataCodingScheme()).isEqualTo(0x48);
        assertThat(write.pages()).containsExactly(new CbsPage(82, octets(CbspVectors.PAGE)));
        assertThat(hex(CbspCodec.encode(write.toMessage()))).isEqualTo(CbspVectors.WRITE_REPLACE);
    }

    @Test
    void readsOsmoCbcsKill() {
        Kill kill = Kill.from(CbspCodec.decode(octets(CbspVectors.KILL)));

        assertThat(kill.messageId()).isEqualTo(4371);
        assertThat(kill.serialNumber().value()).isEqualTo(0x0110);
        assertThat(kill.cells().cells())
                .containsExactly(CellGlobalId.parse("452-04-1000-401"), CellGlobalId.parse("452-04-1000-402"));
        assertThat(kill.channelIndicator()).isZero();
        assertThat(hex(CbspCodec.encode(kill.toMessage()))).isEqualTo(CbspVectors.KILL);
    }

    @Test
    void keepsAShortLastPageWithItsUsableLength() {
        // OsmoCBC sends a page shorter than 82 octets zero-filled, with its length as the usable length.
        byte[] page = new byte[CbsPage.OCTETS];
        System.arraycopy(octets("004800690048006900480069"), 0, page, 0, 12);
        CbspMessage message = CbspMessage.of(CbspMessageType.WRITE_REPLACE)
                .withShort(CbspElement.MESSAGE_IDENTIFIER, 4372)
                .withShort(CbspElement.NEW_SERIAL_NUMBER, 0x0110)
                .with(CbspElement.CELL_LIST, CellList.allInBss().encode())
                .withOctet(CbspElement.CHANNEL_INDICATOR, 0)
                .withOctet(CbspElement.CATEGORY, 0)
                .withShort(CbspElement.REPETITION_PERIOD, 5)
                .withShort(CbspElement.NUMBER_OF_BROADCASTS_REQUESTED, 0)
                .withOctet(CbspElement.NUMBER_OF_PAGES, 1)
                .withOctet(CbspElement.DATA_CODING_SCHEME, 0x48)
                .with(CbspElement.MESSAGE_CONTENT, new CbsPage(12, page).encode());

        WriteReplace write = WriteReplace.from(CbspCodec.decode(CbspCodec.encode(message)));

        assertThat(write.pages().getFirst().userData()).isEqualTo(octets("004800690048006900480069"));
    }

    @Test
    void refusesAWriteReplaceWhosePagesDoNotMatchTheirCount() {
        CbspMessage twoAnnounced = CbspCodec.decode(octets(CbspVectors.WRITE_REPLACE.replace("1301", "1302")));

        assertThatThrownBy(() -> WriteReplace.from(twoAnnounced)).hasMessageContaining("announces 2 pages");
    }

    @Test
    void refusesALengthThatDisagreesWithTheOctets() {
        assertThatThrownBy(() -> CbspCodec.decode(octets("1000000504000106")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("announces 5");
        assertThatThrownBy(() -> CbspCodec.decode(octets("ff000000")))
                .hasMessageContaining("unknown CBSP message type")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CbspCodec.decode(octets("10000002ff00"))).hasMessageContaining("0xff");
        assertThatThrownBy(() -> CbspCodec.decode(octets("10000003040005"))).hasMessageContaining("past the end");
    }

    @Test
    void splitsAStreamIntoMessages() throws Exception {
        ByteArrayInputStream stream =
                new ByteArrayInputStream(octets(CbspVectors.RESET + CbspVectors.WRITE_REPLACE + CbspVectors.KILL));

        List<String> read = List.of(
                hex(CbspCodec.readFrame(stream)), hex(CbspCodec.readFrame(stream)), hex(CbspCodec.readFrame(stream)));

        assertThat(read).containsExactly(CbspVectors.RESET, CbspVectors.WRITE_REPLACE, CbspVectors.KILL);
        assertThat(CbspCodec.readFrame(stream)).isNull();
    }

    @Test
    void aStreamEndingInsideAMessageIsAnError() {
        ByteArrayInputStream cut = new ByteArrayInputStream(octets(CbspVectors.WRITE_REPLACE.substring(0, 40)));

        assertThatThrownBy(() -> CbspCodec.readFrame(cut)).isInstanceOf(EOFException.class);
    }
}
