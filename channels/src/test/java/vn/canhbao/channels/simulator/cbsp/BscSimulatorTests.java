package vn.canhbao.channels.simulator.cbsp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.canhbao.channels.simulator.cbsp.CbspVectors.hex;
import static vn.canhbao.channels.simulator.cbsp.CbspVectors.octets;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The BSC simulator on a real TCP connection, with the test playing the CBC from recorded OsmoCBC messages; {@link
 * OsmoCbcIntegrationTests} runs it against OsmoCBC itself.
 */
class BscSimulatorTests {

    static final Duration WAIT = Duration.ofSeconds(5);
    static final List<CellGlobalId> CELLS =
            List.of(CellGlobalId.parse("452-04-1000-401"), CellGlobalId.parse("452-04-1000-402"));

    ServerSocket cbc;
    BscSimulator simulator;

    @BeforeEach
    void listen() throws Exception {
        cbc = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        cbc.setSoTimeout(5_000);
        simulator =
                new BscSimulator(new InetSocketAddress(InetAddress.getLoopbackAddress(), cbc.getLocalPort()), CELLS);
    }

    @AfterEach
    void close() throws Exception {
        simulator.close();
        cbc.close();
    }

    static String exchange(Socket link, String request) throws Exception {
        OutputStream out = link.getOutputStream();
        out.write(octets(request));
        out.flush();
        return hex(CbspCodec.readFrame(link.getInputStream()));
    }

    @Test
    void connectsAsOsmoCbcExpectsAndAnswersEachRequest() throws Exception {
        simulator.connect();
        try (Socket link = cbc.accept()) {
            link.setSoTimeout(5_000);
            InputStream in = link.getInputStream();

            assertThat(hex(CbspCodec.readFrame(in))).isEqualTo(CbspVectors.RESTART);
            assertThat(exchange(link, CbspVectors.RESET)).isEqualTo(CbspVectors.RESET_COMPLETE);
            assertThat(simulator.awaitLinkUp(WAIT)).isTrue();
            assertThat(exchange(link, CbspVectors.WRITE_REPLACE)).isEqualTo(CbspVectors.WRITE_REPLACE_COMPLETE);
            assertThat(exchange(link, CbspVectors.KEEP_ALIVE)).isEqualTo(CbspVectors.KEEP_ALIVE_COMPLETE);
            assertThat(exchange(link, CbspVectors.KILL)).isEqualTo(CbspVectors.KILL_COMPLETE);
        }

        SerialNumber serial = SerialNumber.of(0x0110);
        assertThat(simulator.awaitBroadcast(4371, serial, WAIT))
                .hasValueSatisfying(b -> assertThat(b.userData()).containsExactly(octets(CbspVectors.PAGE)));
        assertThat(simulator.awaitKill(4371, serial, WAIT))
                .hasValueSatisfying(k -> assertThat(k.cells()).isEqualTo(CELLS));
        assertThat(simulator.keepAlives()).isEqualTo(1);
    }

    @Test
    void noticesWhenTheCbcClosesTheLink() throws Exception {
        simulator.connect();
        cbc.accept().close();

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (simulator.connected() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(simulator.connected()).isFalse();
        assertThat(simulator.awaitBroadcast(4371, SerialNumber.of(0x0110), Duration.ofMillis(50)))
                .isEmpty();
    }

    @Test
    void skipsAMessageItCannotReadAndGoesOn() throws Exception {
        simulator.connect();
        try (Socket link = cbc.accept()) {
            link.setSoTimeout(5_000);
            CbspCodec.readFrame(link.getInputStream());

            // A RESET with a cell list of a discriminator TS 48.049 does not define.
            link.getOutputStream().write(octets("1000000404000109"));
            assertThat(exchange(link, CbspVectors.KEEP_ALIVE)).isEqualTo(CbspVectors.KEEP_ALIVE_COMPLETE);
        }
        assertThat(simulator.undecodable()).isEqualTo(1);
    }
}
