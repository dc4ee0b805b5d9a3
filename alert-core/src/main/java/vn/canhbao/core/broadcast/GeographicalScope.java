package vn.canhbao.core.broadcast;

/**
 * The two top bits of a CBS serial number (3GPP TS 23.041 §9.4.1.2.1): the area within which a message code is
 * unique, and so within which a handset that has shown a message does not show it again; and, for the cell-wide
 * scopes, the display mode.
 */
public enum GeographicalScope {
    /** 00: cell wide, display at once. */
    CELL_WIDE_IMMEDIATE(0),
    /** 01: the whole network (PLMN). */
    PLMN_WIDE(1),
    /** 10: the location area (GSM), service area (UMTS) or tracking area (LTE). */
    LOCATION_AREA_WIDE(2),
    /** 11: cell wide, normal display. */
    CELL_WIDE(3);

    private final int code;

    GeographicalScope(int code) {
        this.code = code;
    }

    /** The two-bit value. */
    public int code() {
        return code;
    }

    /** The scope with the two-bit value {@code code}. */
    public static GeographicalScope of(int code) {
        if (code < 0 || code > 3) {
            throw new IllegalArgumentException("A geographical scope is 0 to 3, was " + code);
        }
        return values()[code];
    }
}
