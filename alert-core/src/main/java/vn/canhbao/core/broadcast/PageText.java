package vn.canhbao.core.broadcast;

import java.util.Arrays;

/**
 * Reads one received CBS page back to text, by its Data Coding Scheme (3GPP TS 23.038 §5), as a handset would:
 * GSM-7 for coding groups 0000, 0010, 0011, 01xx with character set 00 and 1111 with bit 2 clear; UCS-2 for 01xx
 * with character set 10; and group 0001, whose text starts with a language indication (0x10: two GSM-7 letters and a
 * CR, all three dropped; 0x11: two GSM-7 letters packed in the first two octets, then UCS-2). Trailing CR padding
 * is dropped. Compressed text and 8-bit data are refused: canhbao never sends them and a handset does not show them
 * as text.
 */
final class PageText {

    private static final int LANGUAGE_SEPTETS_GSM7 = 3;
    private static final int LANGUAGE_OCTETS_UCS2 = 2;

    private PageText() {}

    /** The alphabet of the text under {@code dcs}. */
    static CbsEncoding encodingOf(int dcs) {
        int group = dcs >> 4;
        return switch (group) {
            case 0x0, 0x2, 0x3 -> CbsEncoding.GSM_7;
            case 0x1 -> dcs == 0x11 ? CbsEncoding.UCS_2 : CbsEncoding.GSM_7;
            case 0x4, 0x5, 0x6, 0x7 -> {
                if ((dcs & 0x20) != 0) {
                    throw unsupported(dcs, "compressed text");
                }
                yield switch ((dcs >> 2) & 0x3) {
                    case 0 -> CbsEncoding.GSM_7;
                    case 2 -> CbsEncoding.UCS_2;
                    default -> throw unsupported(dcs, "8-bit data");
                };
            }
            case 0xF -> {
                if ((dcs & 0x04) != 0) {
                    throw unsupported(dcs, "8-bit data");
                }
                yield CbsEncoding.GSM_7;
            }
            default -> throw unsupported(dcs, "a reserved or message-handling coding group");
        };
    }

    /** The text of one page. */
    static String decode(int dcs, byte[] page) {
        CbsEncoding encoding = encodingOf(dcs);
        boolean withLanguage = dcs >> 4 == 0x1;
        String text;
        if (encoding == CbsEncoding.GSM_7) {
            int septets = page.length * 8 / 7;
            text = Gsm7Alphabet.decode(Gsm7Alphabet.unpack(page, septets));
            if (withLanguage) {
                text = text.substring(Math.min(LANGUAGE_SEPTETS_GSM7, text.length()));
            }
        } else {
            int from = withLanguage ? LANGUAGE_OCTETS_UCS2 : 0;
            text = Ucs2Alphabet.decode(Arrays.copyOfRange(page, from, page.length));
        }
        return withoutPadding(text);
    }

    private static String withoutPadding(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(0, end);
    }

    private static IllegalArgumentException unsupported(int dcs, String what) {
        return new IllegalArgumentException(
                "DCS 0x" + String.format("%02X", dcs) + " is " + what + ", not text canhbao reads");
    }
}
