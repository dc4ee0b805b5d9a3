package vn.canhbao.channels.simulator.cbsp;

import java.util.Arrays;

/**
 * The CBSP information elements of 3GPP TS 48.049 §8.2.1 and how each is framed on the wire: a fixed-length value
 * after its identifier, a one-octet value (TV), or a value after a two-octet length (TL16V, the lists).
 */
public enum CbspElement {
    /** §8.2.5: one octet of usable length, then the 82 octets of one CBS page. */
    MESSAGE_CONTENT(0x01, 83),
    OLD_SERIAL_NUMBER(0x02, 2),
    NEW_SERIAL_NUMBER(0x03, 2),
    CELL_LIST(0x04, Framing.LENGTH_16),
    CATEGORY(0x05, 1),
    REPETITION_PERIOD(0x06, 2),
    NUMBER_OF_BROADCASTS_REQUESTED(0x07, 2),
    NUMBER_OF_BROADCASTS_COMPLETED_LIST(0x08, Framing.LENGTH_16),
    FAILURE_LIST(0x09, Framing.LENGTH_16),
    RADIO_RESOURCE_LOADING_LIST(0x0a, Framing.LENGTH_16),
    CAUSE(0x0b, 1),
    DATA_CODING_SCHEME(0x0c, 1),
    RECOVERY_INDICATION(0x0d, 1),
    MESSAGE_IDENTIFIER(0x0e, 2),
    EMERGENCY_INDICATOR(0x0f, 1),
    WARNING_TYPE(0x10, 2),
    WARNING_SECURITY_INFORMATION(0x11, 50),
    CHANNEL_INDICATOR(0x12, 1),
    NUMBER_OF_PAGES(0x13, 1),
    SCHEDULE_PERIOD(0x14, 1),
    NUMBER_OF_RESERVED_SLOTS(0x15, 1),
    BROADCAST_MESSAGE_TYPE(0x16, 1),
    WARNING_PERIOD(0x17, 1),
    KEEP_ALIVE_REPETITION_PERIOD(0x18, 1);

    /** How an element's value is delimited. */
    public enum Framing {
        FIXED,
        LENGTH_16
    }

    private final int identifier;
    private final Framing framing;
    private final int fixedLength;

    CbspElement(int identifier, int fixedLength) {
        this.identifier = identifier;
        this.framing = Framing.FIXED;
        this.fixedLength = fixedLength;
    }

    CbspElement(int identifier, Framing framing) {
        this.identifier = identifier;
        this.framing = framing;
        this.fixedLength = -1;
    }

    public int identifier() {
        return identifier;
    }

    public Framing framing() {
        return framing;
    }

    /** The length of a {@link Framing#FIXED} value, -1 for the others. */
    public int fixedLength() {
        return fixedLength;
    }

    /** The element with this identifier; an unknown one is refused. */
    public static CbspElement of(int identifier) {
        return Arrays.stream(values())
                .filter(element -> element.identifier == identifier)
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("unknown CBSP information element 0x%02x".formatted(identifier)));
    }
}
