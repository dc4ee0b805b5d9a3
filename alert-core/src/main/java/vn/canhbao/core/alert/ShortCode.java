package vn.canhbao.core.alert;

import java.security.SecureRandom;

/**
 * The short public code of an alert (e.g. {@code K7M2QX}). Six characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L, U/V), so it survives being read aloud over a loudspeaker and typed on a small phone.
 */
public final class ShortCode {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ".toCharArray();
    private static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ShortCode() {}

    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
