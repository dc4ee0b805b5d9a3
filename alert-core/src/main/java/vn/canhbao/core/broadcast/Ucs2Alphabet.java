package vn.canhbao.core.broadcast;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * UCS-2 as cell broadcast carries it (3GPP TS 23.038 §5 and §6.2.3): two octets a character, big-endian, only the
 * Basic Multilingual Plane. Every Vietnamese letter, precomposed (NFC: ạ, ẫ, ự …) or not, is in the BMP.
 *
 * <p>A character outside the BMP (most emoji, rare CJK) has no UCS-2 code: it would be a UTF-16 surrogate pair, which
 * a UCS-2 handset shows as two unknown characters, and which a page boundary could split. {@link #encode} refuses it
 * rather than replacing it silently, because a warning's text must reach residents as the officer wrote it; the
 * renderer's texts never contain one.
 */
public final class Ucs2Alphabet {

    private Ucs2Alphabet() {}

    /** Whether every character of {@code text} is in the Basic Multilingual Plane (no surrogates). */
    public static boolean isRepresentable(String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The UCS-2 octets of {@code text}, two per character, big-endian.
     *
     * @throws IllegalArgumentException naming the first character outside the Basic Multilingual Plane
     */
    public static byte[] encode(String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                throw new IllegalArgumentException("U+" + String.format("%04X", text.codePointAt(i)) + " at index " + i
                        + " is outside the Basic Multilingual Plane and has no UCS-2 code");
            }
        }
        return text.getBytes(StandardCharsets.UTF_16BE);
    }

    /** The text of {@code octets}, two per character, big-endian; an odd last octet is ignored. */
    public static String decode(byte[] octets) {
        return new String(octets, 0, octets.length & ~1, StandardCharsets.UTF_16BE);
    }
}
