package vn.canhbao.core.message;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Counts SMS segments exactly as Twilio and the operators split a text (3GPP TS 23.038 and TS 23.040; Twilio:
 * https://www.twilio.com/docs/glossary/what-sms-character-limit).
 *
 * <p>A text is GSM-7 when every character is in the GSM 03.38 basic set or its extension table; otherwise the whole
 * text is UCS-2. In GSM-7 a basic character takes one septet and an extension character ({@code ^ { } \ [ ~ ] | €}
 * and form feed) two, an escape and the character, which never go to different segments. In UCS-2 every UTF-16
 * code unit counts, so a character outside the Basic Multilingual Plane (most emoji) takes two, and its surrogate
 * pair never goes to different segments either. A text that fits in one message (160 septets, 70 code units) is one
 * segment; a longer one is cut into segments of at most 153 septets or 67 code units, one shorter where a pair
 * would straddle the boundary.
 *
 * <p>Of the Vietnamese letters only à è é ì ò ù (and É) are in GSM-7; ă â đ ê ô ơ ư and the other tone marks make a
 * text UCS-2, which is why the không-dấu variant of a warning fits more than twice as much in a segment. Twilio's
 * optional Smart Encoding, which swaps some Unicode punctuation for GSM look-alikes, is not assumed: we count what
 * we send.
 */
public final class SmsSegments {

    /**
     * The most segments one warning may take: 10 segments are 1,530 GSM-7 or 670 UCS-2 characters, both under
     * Twilio's 1,600-character body limit (error 21617), and far more than a resident reads on a phone. Beyond this
     * the operator bills a long text for little gain; the composers keep to much smaller budgets.
     */
    public static final int MAX_SEGMENTS = 10;

    private static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENSION = "^{}\\[~]|€\f";
    private static final BitSet BASIC = charSet(GSM7_BASIC);
    private static final BitSet EXTENSION = charSet(GSM7_EXTENSION);

    private SmsSegments() {}

    /** The alphabet {@code text} must be sent in: GSM-7 when every character has a GSM-7 code, else UCS-2. */
    public static SmsEncoding encoding(String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!BASIC.get(c) && !EXTENSION.get(c)) {
                return SmsEncoding.UCS_2;
            }
        }
        return SmsEncoding.GSM_7;
    }

    /** The number of segments {@code text} is billed as; an empty text is one (empty) message. */
    public static int segments(String text) {
        return cost(text).segments();
    }

    /** The encoding, length in units and segments of {@code text}. */
    public static SmsCost cost(String text) {
        SmsEncoding encoding = encoding(text);
        int[] widths = widths(text, encoding);
        int units = 0;
        for (int width : widths) {
            units += width;
        }
        if (units <= encoding.singleMessageUnits()) {
            return new SmsCost(encoding, units, 1);
        }
        int segments = 1;
        int filled = 0;
        for (int width : widths) {
            if (filled + width > encoding.segmentUnits()) {
                segments++;
                filled = 0;
            }
            filled += width;
        }
        return new SmsCost(encoding, units, segments);
    }

    /** The text of each segment as the handset receives it, in order. */
    public static List<String> split(String text) {
        SmsEncoding encoding = encoding(text);
        int[] widths = widths(text, encoding);
        List<String> parts = new ArrayList<>();
        if (cost(text).segments() == 1) {
            parts.add(text);
            return parts;
        }
        int start = 0;
        int filled = 0;
        int index = 0;
        for (int width : widths) {
            int length = charsOf(text, index);
            if (filled + width > encoding.segmentUnits()) {
                parts.add(text.substring(start, index));
                start = index;
                filled = 0;
            }
            filled += width;
            index += length;
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** The units of each character (code point for UCS-2), in order. */
    private static int[] widths(String text, SmsEncoding encoding) {
        int[] widths = new int[text.codePointCount(0, text.length())];
        int index = 0;
        for (int i = 0; i < widths.length; i++) {
            char c = text.charAt(index);
            int length = charsOf(text, index);
            widths[i] = encoding == SmsEncoding.GSM_7 ? (EXTENSION.get(c) ? 2 : 1) : length;
            index += length;
        }
        return widths;
    }

    /** 2 for a well-formed surrogate pair at {@code index}, else 1. */
    private static int charsOf(String text, int index) {
        return Character.charCount(text.codePointAt(index));
    }

    private static BitSet charSet(String chars) {
        BitSet set = new BitSet();
        chars.chars().forEach(set::set);
        return set;
    }
}
