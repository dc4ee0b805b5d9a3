package vn.canhbao.channels.simulator.cbsp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.canhbao.channels.simulator.cbsp.CbspVectors.hex;
import static vn.canhbao.channels.simulator.cbsp.CbspVectors.octets;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated BSC answers each CBC request as OsmoCBC expects, byte for byte, and keeps what it received. */
class SimulatedBscTests {

    static final CellGlobalId FIRST = CellGlobalId.parse("452-04-1000-401");
    static final CellGlobalId SECOND = CellGlobalId.parse("452-04-1000-402");
    static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");
    static final SerialNumber FIRST_SERIAL = SerialNumber.of(0x0110);

    Instant now = T0;
    SimulatedBsc bsc;

    /** The message of {@link CbspVectors#WRITE_REPLACE} with another serial number, replaced serial or cells. */
    static WriteReplace writeReplace(SerialNumber serial, SerialNumber old, CellList cells) {
        WriteReplace vector = WriteReplace.from(CbspCodec.decode(octets(CbspVectors.WRITE_REPLACE)));
        return new WriteReplace(4371, serial, old, cells, 0, 0, 5, 0, 0x48, vector.pages());
    }

    @BeforeEach
    void create() {
        bsc = new SimulatedBsc(List.of(FIRST, SECOND), () -> now);
    }

    String answer(String request) {
        List<CbspMessage> answers = bsc.receive(CbspCodec.decode(octets(request)));
        assertThat(answers).hasSize(1);
        return hex(CbspCodec.encode(answers.getFirst()));
    }

    @Test
    void announcesItselfWithARestart() {
        assertThat(hex(CbspCodec.encode(bsc.restart()))).isEqualTo(CbspVectors.RESTART);
    }

    @Test
    void answersResetAndKeepAlive() {
        assertThat(answer(CbspVectors.RESET)).isEqualTo(CbspVectors.RESET_COMPLETE);
        assertThat(answer(CbspVectors.KEEP_ALIVE)).isEqualTo(CbspVectors.KEEP_ALIVE_COMPLETE);
        assertThat(bsc.resets()).isEqualTo(1);
        assertThat(bsc.keepAlives()).isEqualTo(1);
    }

    @Test
    void writesAMessageToEveryCellOfTheBss() {
        assertThat(answer(CbspVectors.WRITE_REPLACE)).isEqualTo(CbspVectors.WRITE_REPLACE_COMPLETE);

        ReceivedBroadcast received = bsc.broadcasts().getFirst();
        assertThat(received.messageId()).isEqualTo(4371);
        assertThat(received.serialNumber().value()).isEqualTo(0x0110);
        assertThat(received.dataCodingScheme()).isEqualTo(0x48);
        assertThat(received.cells()).containsExactly(FIRST, SECOND);
        assertThat(received.userData()).containsExactly(octets(CbspVectors.PAGE));
        assertThat(received.receivedAt()).isEqualTo(T0);
        assertThat(bsc.active()).containsOnlyKeys(received);
    }

    @Test
    void killsAMessageAndCountsItsBroadcasts() {
        answer(CbspVectors.WRITE_REPLACE);

        assertThat(answer(CbspVectors.KILL)).isEqualTo(CbspVectors.KILL_COMPLETE);
        assertThat(bsc.kills()).singleElement().satisfies(kill -> {
            assertThat(kill.messageId()).isEqualTo(4371);
            assertThat(kill.cells()).containsExactly(FIRST, SECOND);
        });
        assertThat(bsc.active()).isEmpty();
    }

    @Test
    void countsOneBroadcastPerRepetitionPeriod() {
        answer(CbspVectors.WRITE_REPLACE);
        // Repetition period 5 is 5 × 1.883 s = 9.415 s: after 20 s the cells sent it three times.
        now = T0.plus(Duration.ofSeconds(20));

        assertThat(answer(CbspVectors.KILL)).contains("54f24003e80191" + "0003" + "00");
    }

    @Test
    void replacesAMessageNamedByItsOldSerialNumber() {
        answer(CbspVectors.WRITE_REPLACE);
        WriteReplace update = writeReplace(FIRST_SERIAL.nextUpdate(), FIRST_SERIAL, CellList.allInBss());

        String answer = hex(CbspCodec.encode(bsc.receive(update.toMessage()).getFirst()));

        // WRITE-REPLACE COMPLETE: identifier, new and old serial, broadcasts completed of the old one, cells, channel.
        assertThat(answer)
                .isEqualTo("020000350e11130301110201100800150054f24003e8019100010054f24003e80192000100"
                        + "04000f0054f24003e8019154f24003e801921200");
        assertThat(bsc.active().keySet()).singleElement().satisfies(active -> {
            assertThat(active.serialNumber().updateNumber()).isEqualTo(1);
            assertThat(active.replaced().updateNumber()).isZero();
        });
    }

    @Test
    void refusesToReplaceAMessageItDoesNotHold() {
        WriteReplace update = writeReplace(FIRST_SERIAL.nextUpdate(), FIRST_SERIAL, CellList.allInBss());

        String answer = hex(CbspCodec.encode(bsc.receive(update.toMessage()).getFirst()));

        // WRITE-REPLACE FAILURE with cause 0x02 (message reference not identified) for each cell.
        assertThat(answer).startsWith("03").contains("0900120054f24003e8019102" + "0054f24003e8019202");
        assertThat(bsc.broadcasts()).isEmpty();
    }

    @Test
    void refusesTheSameMessageTwice() {
        answer(CbspVectors.WRITE_REPLACE);

        assertThat(answer(CbspVectors.WRITE_REPLACE)).startsWith("03").contains("0054f24003e801910d");
        assertThat(bsc.broadcasts()).hasSize(1);
    }

    @Test
    void writesOnlyToItsOwnCellsAndReportsTheOthers() {
        CellGlobalId foreign = CellGlobalId.parse("452-04-2000-9");
        WriteReplace scoped = writeReplace(FIRST_SERIAL, null, CellList.of(List.of(SECOND, foreign)));

        String answer = hex(CbspCodec.encode(bsc.receive(scoped.toMessage()).getFirst()));

        // FAILURE: the foreign cell with cause 0x03 (cell identity not valid); the written cell in the cell list.
        assertThat(answer)
                .startsWith("03")
                .contains("09000900" + "54f24007d0000903")
                .contains("04000800" + "54f24003e80192");
        assertThat(bsc.broadcasts().getFirst().cells()).containsExactly(SECOND);
    }

    @Test
    void failsToKillAMessageItDoesNotHold() {
        assertThat(answer(CbspVectors.KILL)).startsWith("06").contains("0054f24003e8019102");
        assertThat(bsc.kills().getFirst().cells()).isEmpty();
    }

    @Test
    void forgetsItsMessagesOnReset() {
        answer(CbspVectors.WRITE_REPLACE);

        answer(CbspVectors.RESET);

        assertThat(bsc.active()).isEmpty();
        assertThat(bsc.broadcasts()).hasSize(1);
    }

    @Test
    void reportsTheStatusOfAMessage() {
        answer(CbspVectors.WRITE_REPLACE);
        CbspMessage query = CbspMessage.of(CbspMessageType.MESSAGE_STATUS_QUERY)
                .withShort(CbspElement.MESSAGE_IDENTIFIER, 4371)
                .withShort(CbspElement.OLD_SERIAL_NUMBER, 0x0110)
                .with(CbspElement.CELL_LIST, CellList.allInBss().encode())
                .withOctet(CbspElement.CHANNEL_INDICATOR, 0);

        CbspMessage answer = bsc.receive(query).getFirst();

        assertThat(hex(CbspCodec.encode(answer)))
                .isEqualTo("0b0000200e111302011008001500" + "54f24003e80191000100" + "54f24003e80192000100" + "1200");
    }

    @Test
    void answersAnUnknownRequestWithAnErrorIndication() {
        CbspMessage loadQuery = CbspMessage.of(CbspMessageType.LOAD_QUERY)
                .with(CbspElement.CELL_LIST, CellList.allInBss().encode())
                .withOctet(CbspElement.CHANNEL_INDICATOR, 0);

        assertThat(hex(CbspCodec.encode(bsc.receive(loadQuery).getFirst()))).isEqualTo("150000020b04");
    }
}
