package vn.canhbao.channels.simulator.cbsp;

import java.time.Instant;
import java.util.List;

/**
 * A CBS message the simulated BSC accepted from a WRITE-REPLACE: what the CBC asked it to broadcast and in which of
 * its cells.
 *
 * @param replaced the serial number this one replaced, null for a new message
 */
public record ReceivedBroadcast(
        int messageId,
        SerialNumber serialNumber,
        SerialNumber replaced,
        int dataCodingScheme,
        int category,
        int repetitionPeriod,
        int broadcastsRequested,
        int channelIndicator,
        List<CbsPage> pages,
        List<CellGlobalId> cells,
        Instant receivedAt) {

    public ReceivedBroadcast {
        pages = List.copyOf(pages);
        cells = List.copyOf(cells);
    }

    static ReceivedBroadcast of(WriteReplace write, List<CellGlobalId> cells, Instant at) {
        return new ReceivedBroadcast(
                write.messageId(),
                write.serialNumber(),
                write.oldSerialNumber(),
                write.dataCodingScheme(),
                write.category(),
                write.repetitionPeriod(),
                write.broadcastsRequested(),
                write.channelIndicator(),
                write.pages(),
                cells,
                at);
    }

    /** The usable octets of every page, in order. */
    public List<byte[]> userData() {
        return pages.stream().map(CbsPage::userData).toList();
    }
}
