package vn.canhbao.channels.simulator.cbsp;

import java.time.Instant;
import java.util.List;

/**
 * A KILL the simulated BSC received, and the cells where it stopped the message; no cells when it did not know the
 * message (it answered KILL FAILURE).
 */
public record ReceivedKill(int messageId, SerialNumber serialNumber, List<CellGlobalId> cells, Instant receivedAt) {

    public ReceivedKill {
        cells = List.copyOf(cells);
    }
}
