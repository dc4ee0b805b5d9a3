package vn.canhbao.channels.simulator.cbsp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A read-only HTTP view of a {@link BscSimulator} for a simulator running on its own: {@code GET
 * /simulator/broadcasts} (every message written, with its pages in hex and whether it is still broadcast), {@code GET
 * /simulator/kills} and {@code GET /simulator/stats}, as JSON.
 */
public final class BscSimulatorReadout implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    private BscSimulatorReadout(HttpServer server) {
        this.server = server;
    }

    /** Serves {@code simulator}'s readout on {@code address} (port 0 for a free one). */
    public static BscSimulatorReadout serve(BscSimulator simulator, InetSocketAddress address) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        server.createContext("/simulator/broadcasts", exchange -> answer(exchange, () -> broadcasts(simulator)));
        server.createContext("/simulator/kills", exchange -> answer(exchange, () -> kills(simulator)));
        server.createContext("/simulator/stats", exchange -> answer(exchange, () -> stats(simulator)));
        server.start();
        return new BscSimulatorReadout(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static ArrayNode broadcasts(BscSimulator simulator) {
        Map<ReceivedBroadcast, List<CellGlobalId>> active = simulator.active();
        ArrayNode list = JSON.createArrayNode();
        for (ReceivedBroadcast broadcast : simulator.broadcasts()) {
            ObjectNode node = list.addObject()
                    .put("messageId", broadcast.messageId())
                    .put("serialNumber", broadcast.serialNumber().value())
                    .put("updateNumber", broadcast.serialNumber().updateNumber())
                    .put("dataCodingScheme", broadcast.dataCodingScheme())
                    .put("category", broadcast.category())
                    .put("repetitionPeriod", broadcast.repetitionPeriod())
                    .put("broadcastsRequested", broadcast.broadcastsRequested())
                    .put("receivedAt", broadcast.receivedAt().toString());
            ArrayNode pages = node.putArray("pages");
            broadcast.pages().forEach(page -> pages.addObject()
                    .put("usableLength", page.usableLength())
                    .put("octets", page.hex()));
            ArrayNode cells = node.putArray("cells");
            broadcast.cells().forEach(cell -> cells.add(cell.toString()));
            ArrayNode broadcasting = node.putArray("activeCells");
            active.getOrDefault(broadcast, List.of()).forEach(cell -> broadcasting.add(cell.toString()));
        }
        return list;
    }

    private static ArrayNode kills(BscSimulator simulator) {
        ArrayNode list = JSON.createArrayNode();
        for (ReceivedKill kill : simulator.kills()) {
            ArrayNode cells = list.addObject()
                    .put("messageId", kill.messageId())
                    .put("serialNumber", kill.serialNumber().value())
                    .put("receivedAt", kill.receivedAt().toString())
                    .putArray("cells");
            kill.cells().forEach(cell -> cells.add(cell.toString()));
        }
        return list;
    }

    private static ObjectNode stats(BscSimulator simulator) {
        ObjectNode stats = JSON.createObjectNode()
                .put("connected", simulator.connected())
                .put("resets", simulator.resets())
                .put("keepAlives", simulator.keepAlives())
                .put("broadcasts", simulator.broadcasts().size())
                .put("kills", simulator.kills().size())
                .put("undecodable", simulator.undecodable());
        ArrayNode cells = stats.putArray("cells");
        simulator.cells().forEach(cell -> cells.add(cell.toString()));
        return stats;
    }

    private static void answer(HttpExchange exchange, Supplier<Object> body) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] json = JSON.writeValueAsString(body.get()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, json.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(json);
            }
        }
    }
}
