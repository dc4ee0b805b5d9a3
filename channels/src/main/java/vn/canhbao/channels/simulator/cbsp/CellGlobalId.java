package vn.canhbao.channels.simulator.cbsp;

import java.io.ByteArrayOutputStream;
import java.util.regex.Pattern;

/**
 * A GSM cell by its Cell Global Identity: mobile country code, mobile network code (two or three digits, kept as
 * given), location area code and cell identity. Written {@code 452-04-1000-401} on command lines and in readouts.
 */
public record CellGlobalId(String mcc, String mnc, int lac, int ci) {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    public CellGlobalId {
        if (mcc == null || mcc.length() != 3 || !DIGITS.matcher(mcc).matches()) {
            throw new IllegalArgumentException("MCC must be three digits: " + mcc);
        }
        if (mnc == null
                || mnc.length() < 2
                || mnc.length() > 3
                || !DIGITS.matcher(mnc).matches()) {
            throw new IllegalArgumentException("MNC must be two or three digits: " + mnc);
        }
        if (lac < 0 || lac > 0xffff || ci < 0 || ci > 0xffff) {
            throw new IllegalArgumentException("LAC and CI are 16-bit numbers: " + lac + ", " + ci);
        }
    }

    /** Reads {@code MCC-MNC-LAC-CI}, e.g. {@code 452-04-1000-401} (LAC and CI in decimal). */
    public static CellGlobalId parse(String text) {
        String[] parts = text.trim().split("-");
        if (parts.length != 4) {
            throw new IllegalArgumentException("a cell is MCC-MNC-LAC-CI, e.g. 452-04-1000-401: " + text);
        }
        return new CellGlobalId(parts[0], parts[1], Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
    }

    /**
     * This cell's entry in a cell list of the given form (TS 48.008 §3.2.2.27): the PLMN in three BCD octets
     * (MCC digits 2|1, MNC digit 3 or F|MCC digit 3, MNC digits 2|1), then LAC and CI big-endian, as far as the form
     * has them.
     */
    public byte[] identity(CellDiscriminator form) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (form) {
            case CGI -> {
                writePlmn(out);
                writeShort(out, lac);
                writeShort(out, ci);
            }
            case LAC_AND_CI -> {
                writeShort(out, lac);
                writeShort(out, ci);
            }
            case CI -> writeShort(out, ci);
            case LAI -> {
                writePlmn(out);
                writeShort(out, lac);
            }
            case LAC -> writeShort(out, lac);
            case ALL_IN_BSS -> {}
        }
        return out.toByteArray();
    }

    /** The cell in a CGI entry of seven octets starting at {@code offset}. */
    static CellGlobalId fromCgi(byte[] octets, int offset) {
        int mcc1 = octets[offset] & 0x0f;
        int mcc2 = (octets[offset] >> 4) & 0x0f;
        int mcc3 = octets[offset + 1] & 0x0f;
        int mnc3 = (octets[offset + 1] >> 4) & 0x0f;
        int mnc1 = octets[offset + 2] & 0x0f;
        int mnc2 = (octets[offset + 2] >> 4) & 0x0f;
        String mnc = "" + mnc1 + mnc2 + (mnc3 == 0x0f ? "" : mnc3);
        int lac = ((octets[offset + 3] & 0xff) << 8) | (octets[offset + 4] & 0xff);
        int ci = ((octets[offset + 5] & 0xff) << 8) | (octets[offset + 6] & 0xff);
        return new CellGlobalId("" + mcc1 + mcc2 + mcc3, mnc, lac, ci);
    }

    private void writePlmn(ByteArrayOutputStream out) {
        int mnc3 = mnc.length() == 3 ? digit(mnc, 2) : 0x0f;
        out.write((digit(mcc, 1) << 4) | digit(mcc, 0));
        out.write((mnc3 << 4) | digit(mcc, 2));
        out.write((digit(mnc, 1) << 4) | digit(mnc, 0));
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write(value >> 8);
        out.write(value);
    }

    @Override
    public String toString() {
        return mcc + "-" + mnc + "-" + lac + "-" + ci;
    }
}
