package vn.canhbao.channels.simulator;

import java.time.Instant;
import java.util.List;
import vn.canhbao.core.broadcast.SerialNumber;

/**
 * One message the ECBE simulator took, as a CBC would hand it to its cells, with its pages read back to text.
 *
 * @param pages the pages in hex, as posted
 * @param text the pages' text as a handset shows it
 * @param numberOfBroadcasts how many times the cells are to broadcast it
 */
public record EcbeBroadcast(
        int messageId,
        SerialNumber serialNumber,
        int dataCodingScheme,
        List<String> pages,
        String text,
        String cbeName,
        String category,
        int repetitionPeriod,
        int numberOfBroadcasts,
        Instant receivedAt) {

    public EcbeBroadcast {
        pages = List.copyOf(pages);
    }
}
