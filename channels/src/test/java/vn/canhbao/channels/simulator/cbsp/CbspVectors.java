package vn.canhbao.channels.simulator.cbsp;

import java.util.HexFormat;

/**
 * CBSP messages as OsmoCBC 0.4.0 and the BSC simulator exchanged them on the wire (captured through a TCP relay,
 * 2026-12), for byte-exact tests. The BSC serves 452-04-1000-401 and 452-04-1000-402; the message is identifier 4371
 * (0x1113), serial number 0x0110 (cell wide immediate, message code 17, update 0), DCS 0x48 (UCS-2), one page.
 */
final class CbspVectors {

    /** One UCS-2 page: "Cảnh báo lũ quét" in UTF-16BE, then U+000D to 82 octets. */
    static final String PAGE = "00431ea3006e00680020006200e1006f0020006c016900200071007500e90074"
            + "000d000d000d000d000d000d000d000d000d000d000d000d000d000d000d000d000d000d000d000d000d000d000d000d000d";

    /** CBC → BSC on accepting the connection: RESET, whole BSS. */
    static final String RESET = "1000000404000106";

    /** BSC → CBC on connecting: RESTART, CBS, whole BSS, message data lost. */
    static final String RESTART = "130000080400010616000d01";

    static final String RESET_COMPLETE = "1100000404000106";

    /**
     * CBC → BSC for {@code POST /api/ecbe/v1/message} with scope_plmn, high priority, repetition period 5, unlimited
     * broadcasts: whole BSS, basic channel, one page of 82 usable octets.
     */
    static final String WRITE_REPLACE = "0100006c0e1113030110040001061200050006000507000013010c480152" + PAGE;

    /** BSC → CBC: written in both cells, by CGI, basic channel. */
    static final String WRITE_REPLACE_COMPLETE = "0200001a0e111303011004000f0054f24003e8019154f24003e801921200";

    /** CBC → BSC for {@code DELETE /api/ecbe/v1/message/4371}: the cells the BSC confirmed, basic channel. */
    static final String KILL = "0400001a0e111302011004000f0054f24003e8019154f24003e801921200";

    /** BSC → CBC: one broadcast completed in each cell, then the cells, basic channel. */
    static final String KILL_COMPLETE = "050000320e11130201100800150054f24003e8019100010054f24003e8019200010004000f"
            + "0054f24003e8019154f24003e801921200";

    /** CBC → BSC every 30 s: Keep Alive Repetition Period 30 s, coded 20 (TS 48.049 §8.2.25). */
    static final String KEEP_ALIVE = "160000021814";

    static final String KEEP_ALIVE_COMPLETE = "17000000";

    static byte[] octets(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    static String hex(byte[] octets) {
        return HexFormat.of().formatHex(octets);
    }

    private CbspVectors() {}
}
