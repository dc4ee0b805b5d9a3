package vn.canhbao.gateway.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import vn.canhbao.channels.simulator.cbsp.BscSimulator;
import vn.canhbao.channels.simulator.cbsp.BscSimulatorReadout;
import vn.canhbao.channels.simulator.cbsp.CellGlobalId;
import vn.canhbao.gateway.registry.Cell;
import vn.canhbao.gateway.registry.WardCells;

/**
 * With {@code CANHBAO_CBC_CBSP_PEER=host:port}, a simulated BSC connected to that CBC's CBSP port for the demo wards'
 * cells, so that a local canhbao talking to a real CBC ({@code CANHBAO_CBC_URL}) sees its broadcasts go all the way
 * to the cells: the CBC counts the BSC as its peer, writes each warning to it and kills it on a Cancel. What the BSC
 * received is readable at {@link #readout()} ({@code /simulator/broadcasts}, {@code /simulator/kills}).
 */
@Component
@ConditionalOnExpression("!'${canhbao.simulators.cbsp-peer:}'.isBlank()")
class LocalBsc implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalBsc.class);

    private final BscSimulator bsc;
    private final BscSimulatorReadout readout;
    private final String peer;

    /** Takes {@link DemoWards} so that the demo cells are in the registry before it reads them. */
    LocalBsc(@Value("${canhbao.simulators.cbsp-peer}") String peer, WardCells cells, DemoWards demo) {
        this.peer = peer.strip();
        List<CellGlobalId> ids = DemoWards.WARDS.stream()
                .flatMap(w -> cells.ofWard(w.code()).stream())
                .filter(c -> c.cellId() <= 0xFFFF)
                .map(LocalBsc::globalId)
                .toList();
        this.bsc = new BscSimulator(address(this.peer), ids).connect();
        if (!bsc.awaitLinkUp(Duration.ofSeconds(10))) {
            log.warn("The CBC at {} has not answered the BSC simulator's RESTART yet", this.peer);
        }
        try {
            this.readout = BscSimulatorReadout.serve(bsc, new InetSocketAddress("127.0.0.1", 0));
        } catch (IOException e) {
            bsc.close();
            throw new UncheckedIOException("cannot serve the BSC simulator's readout", e);
        }
        log.info("BSC simulator connected to the CBC's CBSP port {} with {} demo cells", this.peer, ids.size());
    }

    static CellGlobalId globalId(Cell cell) {
        return new CellGlobalId(cell.mcc(), cell.mnc(), cell.lac(), (int) cell.cellId());
    }

    private static InetSocketAddress address(String peer) {
        try {
            return BscSimulator.cbcAddress(peer);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("CANHBAO_CBC_CBSP_PEER: " + e.getMessage(), e);
        }
    }

    String peer() {
        return peer;
    }

    /** Where what the BSC received is listed: {@code {readout}/simulator/broadcasts}. */
    String readout() {
        return "http://127.0.0.1:" + readout.port();
    }

    @Override
    public void close() {
        readout.close();
        bsc.close();
    }
}
