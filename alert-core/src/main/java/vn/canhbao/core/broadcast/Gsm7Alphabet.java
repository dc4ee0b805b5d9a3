package vn.canhbao.core.broadcast;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038 §6.2.1 and §6.2.1.1), and the packing of
 * septets into octets (§6.1.2.1: the first septet in the low bits of the first octet, each next septet continuing
 * where the previous ended).
 *
 * <p>A character of the basic table is one septet; a character of the extension table ({@code ^ { } \ [ ~ ] | €}
 * and form feed) is two, the escape {@value #ESCAPE} and its code. No Vietnamese letter with a diacritic other than
 * à è é ì ò ù É is in the alphabet, which is why only the không-dấu text is sent as GSM-7.
 *
 * <p>Decoding follows §6.2.1.1: an escape followed by a code the extension table does not define shows the basic
 * table's character for that code; a trailing escape with nothing after it is dropped.
 */
public final class Gsm7Alphabet {

    /** The escape to the extension table. */
    public static final int ESCAPE = 0x1B;

    /** Carriage return, which pads an unfilled CBS page (TS 23.038 §6.1.2.2). */
    public static final int CR = 0x0D;

    /** The basic table by septet value; position 0x1B (the escape) holds a placeholder that is never encoded. */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** The extension table: each character and the code that follows the escape. */
    private static final char[] EXTENSION_CHARS = {'\f', '^', '{', '}', '\\', '[', '~', ']', '|', '€'};

    private static final int[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    /** Septet (basic) or escape code + 0x80 (extension) by character; -1 where the character has none. */
    private static final int[] CODE_OF = codes();

    private Gsm7Alphabet() {}

    /** Whether every character of {@code text} has a GSM-7 code, in the basic or the extension table. */
    public static boolean isRepresentable(String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            if (code(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} is in the extension table, so that it takes two septets. */
    public static boolean isExtension(char c) {
        return code(c) >= 0x80;
    }

    /** The septets {@code c} takes: 1 or 2; 0 when it is not representable. */
    public static int septetCount(char c) {
        int code = code(c);
        return code < 0 ? 0 : code >= 0x80 ? 2 : 1;
    }

    /** The septets {@code text} takes, extension characters counting two. */
    public static int septetCount(String text) {
        return encode(text).length;
    }

    /**
     * The septets of {@code text}, one per byte (values 0 to 127).
     *
     * @throws IllegalArgumentException naming the first character that has no GSM-7 code
     */
    public static byte[] encode(String text) {
        Objects.requireNonNull(text, "text");
        ByteArrayOutputStream septets = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int code = code(c);
            if (code < 0) {
                throw new IllegalArgumentException("'" + c + "' (U+" + String.format("%04X", (int) c) + ") at index "
                        + i + " is not in the GSM 7-bit default alphabet");
            }
            if (code >= 0x80) {
                septets.write(ESCAPE);
            }
            septets.write(code & 0x7F);
        }
        return septets.toByteArray();
    }

    /** The text of {@code septets} (one per byte, the high bit ignored). */
    public static String decode(byte[] septets) {
        StringBuilder text = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            int septet = septets[i] & 0x7F;
            if (septet != ESCAPE) {
                text.append(BASIC.charAt(septet));
            } else if (i + 1 < septets.length) {
                int code = septets[++i] & 0x7F;
                int index = indexOf(EXTENSION_CODES, code);
                // §6.2.1.1: an unknown extension code shows the basic table's character; ESC ESC is reserved.
                text.append(index >= 0 ? EXTENSION_CHARS[index] : code == ESCAPE ? ' ' : BASIC.charAt(code));
            }
        }
        return text.toString();
    }

    /** {@code septets} packed 7 bits each into ⌈7n/8⌉ octets, least significant bit first; spare bits are zero. */
    public static byte[] pack(byte[] septets) {
        byte[] octets = new byte[(septets.length * 7 + 7) / 8];
        for (int i = 0; i < septets.length; i++) {
            int septet = septets[i] & 0x7F;
            int bit = i * 7;
            int octet = bit / 8;
            int shift = bit % 8;
            octets[octet] |= (byte) (septet << shift);
            if (shift > 1) {
                octets[octet + 1] |= (byte) (septet >> (8 - shift));
            }
        }
        return octets;
    }

    /** The first {@code count} septets packed in {@code octets}. */
    public static byte[] unpack(byte[] octets, int count) {
        if (count < 0 || count * 7 > octets.length * 8) {
            throw new IllegalArgumentException(count + " septets do not fit in " + octets.length + " octets");
        }
        byte[] septets = new byte[count];
        for (int i = 0; i < count; i++) {
            int bit = i * 7;
            int octet = bit / 8;
            int shift = bit % 8;
            int value = (octets[octet] & 0xFF) >> shift;
            if (shift > 1) {
                value |= (octets[octet + 1] & 0xFF) << (8 - shift);
            }
            septets[i] = (byte) (value & 0x7F);
        }
        return septets;
    }

    private static int code(char c) {
        return c < CODE_OF.length ? CODE_OF[c] : -1;
    }

    private static int[] codes() {
        int[] codes = new int[0x2100]; // up to €, U+20AC
        Arrays.fill(codes, -1);
        for (int septet = 0; septet < BASIC.length(); septet++) {
            if (septet != ESCAPE) {
                codes[BASIC.charAt(septet)] = septet;
            }
        }
        for (int i = 0; i < EXTENSION_CHARS.length; i++) {
            codes[EXTENSION_CHARS[i]] = 0x80 | EXTENSION_CODES[i];
        }
        return codes;
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
