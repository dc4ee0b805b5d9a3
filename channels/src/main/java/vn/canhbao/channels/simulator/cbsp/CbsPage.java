package vn.canhbao.channels.simulator.cbsp;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One page of a CBS message as CBSP carries it (3GPP TS 48.049 §8.2.5): the 82 octets of CBS user data of 3GPP TS
 * 23.041 §9.4.1.2.2 and how many of them the sender marked usable.
 */
public record CbsPage(int usableLength, byte[] octets) {

    /** The octets of CBS user data in one page (TS 23.041 §9.4.1.2.2). */
    public static final int OCTETS = 82;

    public CbsPage {
        if (octets.length != OCTETS) {
            throw new IllegalArgumentException("a CBS page has " + OCTETS + " octets, not " + octets.length);
        }
        if (usableLength < 0 || usableLength > OCTETS) {
            throw new IllegalArgumentException("usable length is 0.." + OCTETS + ": " + usableLength);
        }
        octets = octets.clone();
    }

    /** Reads the value of a Message Content element: the usable length, then the 82 octets. */
    static CbsPage decode(byte[] messageContent) {
        return new CbsPage(messageContent[0] & 0xff, Arrays.copyOfRange(messageContent, 1, messageContent.length));
    }

    /** The value of a Message Content element for this page. */
    byte[] encode() {
        byte[] value = new byte[1 + OCTETS];
        value[0] = (byte) usableLength;
        System.arraycopy(octets, 0, value, 1, OCTETS);
        return value;
    }

    @Override
    public byte[] octets() {
        return octets.clone();
    }

    /** The usable octets only. */
    public byte[] userData() {
        return Arrays.copyOf(octets, usableLength);
    }

    /** All 82 octets in lower-case hex, as the ECBE API's {@code payload_encoded.pages} has them. */
    public String hex() {
        return HexFormat.of().formatHex(octets);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CbsPage page && page.usableLength == usableLength && Arrays.equals(page.octets, octets);
    }

    @Override
    public int hashCode() {
        return 31 * usableLength + Arrays.hashCode(octets);
    }

    @Override
    public String toString() {
        return "CbsPage[" + usableLength + ", " + hex() + "]";
    }
}
