package vn.canhbao.channels.simulator.cbsp;

import java.util.List;

/**
 * A WRITE-REPLACE from the CBC (3GPP TS 48.049 §7.2): write a new message to the cells, or, with an old serial number,
 * replace that one. For a CBS message (channel indicator present) it carries category, repetition period, number of
 * broadcasts requested, data coding scheme and the pages; an emergency (ETWS) one carries none of them here.
 *
 * @param oldSerialNumber the message to replace, null when writing a new one
 * @param channelIndicator 0 basic, 1 extended CBCH; -1 for an emergency message
 */
public record WriteReplace(
        int messageId,
        SerialNumber serialNumber,
        SerialNumber oldSerialNumber,
        CellList cells,
        int channelIndicator,
        int category,
        int repetitionPeriod,
        int broadcastsRequested,
        int dataCodingScheme,
        List<CbsPage> pages) {

    public WriteReplace {
        pages = List.copyOf(pages);
    }

    /** Reads a WRITE-REPLACE; one without its mandatory elements, or with pages missing, is refused. */
    public static WriteReplace from(CbspMessage message) {
        if (message.type() != CbspMessageType.WRITE_REPLACE) {
            throw new IllegalArgumentException("not a WRITE-REPLACE: " + message.type());
        }
        SerialNumber old = message.number(CbspElement.OLD_SERIAL_NUMBER)
                .map(SerialNumber::of)
                .orElse(null);
        CellList cells = CellList.decode(message.first(CbspElement.CELL_LIST)
                .orElseThrow(() -> new IllegalArgumentException("WRITE-REPLACE without cell list")));
        int messageId = message.required(CbspElement.MESSAGE_IDENTIFIER);
        SerialNumber serial = SerialNumber.of(message.required(CbspElement.NEW_SERIAL_NUMBER));
        if (message.first(CbspElement.CHANNEL_INDICATOR).isEmpty()) {
            return new WriteReplace(messageId, serial, old, cells, -1, -1, 0, 0, -1, List.of());
        }
        List<CbsPage> pages = message.all(CbspElement.MESSAGE_CONTENT).stream()
                .map(CbsPage::decode)
                .toList();
        int announced = message.required(CbspElement.NUMBER_OF_PAGES);
        if (announced != pages.size() || announced < 1 || announced > 15) {
            throw new IllegalArgumentException(
                    "WRITE-REPLACE announces " + announced + " pages and carries " + pages.size());
        }
        return new WriteReplace(
                messageId,
                serial,
                old,
                cells,
                message.required(CbspElement.CHANNEL_INDICATOR),
                message.required(CbspElement.CATEGORY),
                message.required(CbspElement.REPETITION_PERIOD),
                message.required(CbspElement.NUMBER_OF_BROADCASTS_REQUESTED),
                message.required(CbspElement.DATA_CODING_SCHEME),
                pages);
    }

    /** Whether this is an emergency (ETWS) message rather than a CBS one. */
    public boolean emergency() {
        return channelIndicator < 0;
    }

    /** The WRITE-REPLACE as the CBC sends it, elements in the order OsmoCBC writes them. */
    public CbspMessage toMessage() {
        CbspMessage message = CbspMessage.of(CbspMessageType.WRITE_REPLACE)
                .withShort(CbspElement.MESSAGE_IDENTIFIER, messageId)
                .withShort(CbspElement.NEW_SERIAL_NUMBER, serialNumber.value());
        if (oldSerialNumber != null) {
            message = message.withShort(CbspElement.OLD_SERIAL_NUMBER, oldSerialNumber.value());
        }
        message = message.with(CbspElement.CELL_LIST, cells.encode());
        if (emergency()) {
            return message;
        }
        message = message.withOctet(CbspElement.CHANNEL_INDICATOR, channelIndicator)
                .withOctet(CbspElement.CATEGORY, category)
                .withShort(CbspElement.REPETITION_PERIOD, repetitionPeriod)
                .withShort(CbspElement.NUMBER_OF_BROADCASTS_REQUESTED, broadcastsRequested)
                .withOctet(CbspElement.NUMBER_OF_PAGES, pages.size())
                .withOctet(CbspElement.DATA_CODING_SCHEME, dataCodingScheme);
        for (CbsPage page : pages) {
            message = message.with(CbspElement.MESSAGE_CONTENT, page.encode());
        }
        return message;
    }
}
