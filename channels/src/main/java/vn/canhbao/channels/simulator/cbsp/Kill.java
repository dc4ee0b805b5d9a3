package vn.canhbao.channels.simulator.cbsp;

/**
 * A KILL from the CBC (3GPP TS 48.049 §7.5): stop broadcasting the message with this identifier and serial number in
 * these cells.
 *
 * @param channelIndicator 0 basic, 1 extended CBCH; -1 when absent (an emergency message)
 */
public record Kill(int messageId, SerialNumber serialNumber, CellList cells, int channelIndicator) {

    /** Reads a KILL; one without its mandatory elements is refused. */
    public static Kill from(CbspMessage message) {
        if (message.type() != CbspMessageType.KILL) {
            throw new IllegalArgumentException("not a KILL: " + message.type());
        }
        return new Kill(
                message.required(CbspElement.MESSAGE_IDENTIFIER),
                SerialNumber.of(message.required(CbspElement.OLD_SERIAL_NUMBER)),
                CellList.decode(message.first(CbspElement.CELL_LIST)
                        .orElseThrow(() -> new IllegalArgumentException("KILL without cell list"))),
                message.number(CbspElement.CHANNEL_INDICATOR).orElse(-1));
    }

    /** The KILL as the CBC sends it. */
    public CbspMessage toMessage() {
        CbspMessage message = CbspMessage.of(CbspMessageType.KILL)
                .withShort(CbspElement.MESSAGE_IDENTIFIER, messageId)
                .withShort(CbspElement.OLD_SERIAL_NUMBER, serialNumber.value())
                .with(CbspElement.CELL_LIST, cells.encode());
        return channelIndicator < 0 ? message : message.withOctet(CbspElement.CHANNEL_INDICATOR, channelIndicator);
    }
}
