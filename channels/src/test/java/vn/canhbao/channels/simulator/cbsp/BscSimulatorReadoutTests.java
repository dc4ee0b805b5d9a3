package vn.canhbao.channels.simulator.cbsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A standalone BSC simulator shows what it received as JSON, and reads its command line. */
class BscSimulatorReadoutTests {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static JsonNode get(BscSimulatorReadout readout, String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readout.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(answer.body());
    }

    @Test
    void showsBroadcastsKillsAndStats() throws Exception {
        try (ServerSocket cbc = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                BscSimulator simulator = new BscSimulator(
                                new InetSocketAddress(InetAddress.getLoopbackAddress(), cbc.getLocalPort()),
                                BscSimulatorTests.CELLS)
                        .connect();
                BscSimulatorReadout readout = BscSimulatorReadout.serve(
                        simulator, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                Socket link = cbc.accept()) {
            link.setSoTimeout(5_000);
            CbspCodec.readFrame(link.getInputStream());
            BscSimulatorTests.exchange(link, CbspVectors.RESET);
            BscSimulatorTests.exchange(link, CbspVectors.WRITE_REPLACE);
            BscSimulatorTests.exchange(link, CbspVectors.KILL);
            simulator.awaitKill(4371, SerialNumber.of(0x0110), Duration.ofSeconds(5));

            JsonNode broadcast = get(readout, "/simulator/broadcasts").get(0);
            assertThat(broadcast.path("messageId").asInt()).isEqualTo(4371);
            assertThat(broadcast.path("serialNumber").asInt()).isEqualTo(0x0110);
            assertThat(broadcast.path("dataCodingScheme").asInt()).isEqualTo(0x48);
            assertThat(broadcast.path("pages").get(0).path("octets").asText()).isEqualTo(CbspVectors.PAGE);
            assertThat(broadcast.path("cells").toString()).isEqualTo("[\"452-04-1000-401\",\"452-04-1000-402\"]");
            assertThat(broadcast.path("activeCells")).isEmpty();
            assertThat(get(readout, "/simulator/kills").get(0).path("cells")).hasSize(2);
            JsonNode stats = get(readout, "/simulator/stats");
            assertThat(stats.path("connected").asBoolean()).isTrue();
            assertThat(stats.path("resets").asInt()).isEqualTo(1);
            assertThat(stats.path("broadcasts").asInt()).isEqualTo(1);
        }
    }

    @Test
    void readsItsCommandLine() {
        BscSimulatorCommandLine line = BscSimulatorCommandLine.parse(
                new String[] {"--cbc", "10.0.0.5:48049", "--cells", "452-04-1000-401,452-04-1000-402"});

        assertThat(line.cbc().getHostString()).isEqualTo("10.0.0.5");
        assertThat(line.cbc().getPort()).isEqualTo(48049);
        assertThat(line.cells()).containsExactlyElementsOf(BscSimulatorTests.CELLS);
        assertThat(line.httpPort()).isEqualTo(-1);
        assertThat(line.answerDelay()).isEqualTo(BscSimulator.DEFAULT_ANSWER_DELAY);
        assertThat(BscSimulatorCommandLine.parse(new String[] {"--answer-delay-ms", "0"})
                        .answerDelay())
                .isZero();
        assertThat(BscSimulatorCommandLine.parse(new String[] {"--http-port", "8095"})
                        .httpPort())
                .isEqualTo(8095);
        assertThatThrownBy(() -> BscSimulatorCommandLine.parse(new String[] {"--port", "1"}))
                .hasMessageContaining("--cbc, --cells, --http-port, --answer-delay-ms");
        assertThatThrownBy(() -> BscSimulatorCommandLine.parse(new String[] {"--cbc", "nohost"}))
                .hasMessageContaining("host:port");
    }
}
