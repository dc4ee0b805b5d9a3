package vn.canhbao.channels.simulator.cbsp;

import java.util.Arrays;

/**
 * How the cells of a CBSP cell list are identified (the Cell Identification Discriminator of 3GPP TS 48.049 §8.2.6,
 * coded as in TS 48.008 §3.2.2.27), with the octets each entry takes.
 */
public enum CellDiscriminator {
    /** MCC, MNC, LAC and CI. */
    CGI(0x0, 7),
    LAC_AND_CI(0x1, 4),
    CI(0x2, 2),
    /** MCC, MNC and LAC. */
    LAI(0x4, 5),
    LAC(0x5, 2),
    /** Every cell the BSC serves; the list has no entries. */
    ALL_IN_BSS(0x6, 0);

    private final int code;
    private final int entryLength;

    CellDiscriminator(int code, int entryLength) {
        this.code = code;
        this.entryLength = entryLength;
    }

    public int code() {
        return code;
    }

    public int entryLength() {
        return entryLength;
    }

    /** The discriminator with this code (the low four bits of the octet); an unknown one is refused. */
    public static CellDiscriminator of(int code) {
        return Arrays.stream(values())
                .filter(d -> d.code == (code & 0x0f))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown cell discriminator 0x%x".formatted(code)));
    }
}
