package vn.canhbao.channels.simulator.cbsp;

/**
 * A CBS message's serial number (3GPP TS 23.041 §9.4.1.2.1): geographical scope (2 bits), message code (10 bits) and
 * update number (4 bits), most significant first. A new update number tells handsets that the text changed.
 */
public record SerialNumber(int geographicalScope, int messageCode, int updateNumber) {

    /** Geographical scope 0: cell wide, displayed at once. */
    public static final int CELL_WIDE_IMMEDIATE = 0;

    /** Geographical scope 1: PLMN wide. */
    public static final int PLMN_WIDE = 1;

    /** Geographical scope 2: location area (or service area) wide. */
    public static final int LOCATION_AREA_WIDE = 2;

    /** Geographical scope 3: cell wide. */
    public static final int CELL_WIDE = 3;

    public SerialNumber {
        if (geographicalScope < 0 || geographicalScope > 3) {
            throw new IllegalArgumentException("geographical scope is 0..3: " + geographicalScope);
        }
        if (messageCode < 0 || messageCode > 0x3ff) {
            throw new IllegalArgumentException("message code is 0..1023: " + messageCode);
        }
        if (updateNumber < 0 || updateNumber > 0xf) {
            throw new IllegalArgumentException("update number is 0..15: " + updateNumber);
        }
    }

    /** The serial number in its 16-bit form. */
    public static SerialNumber of(int value) {
        return new SerialNumber((value >> 14) & 0x3, (value >> 4) & 0x3ff, value & 0xf);
    }

    /** The 16-bit form. */
    public int value() {
        return (geographicalScope << 14) | (messageCode << 4) | updateNumber;
    }

    /** The same message with the next update number (after 15 comes 0, as the update number wraps). */
    public SerialNumber nextUpdate() {
        return new SerialNumber(geographicalScope, messageCode, (updateNumber + 1) & 0xf);
    }
}
