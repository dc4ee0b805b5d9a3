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

    /** How every message names its code: "Mã tin K7M2QX" (the không-dấu SMS: "Ma tin K7M2QX"). */
    private static final java.util.regex.Pattern IN_MESSAGE =
            java.util.regex.Pattern.compile("M[aã] tin ([" + new String(ALPHABET) + "]{" + LENGTH + "})");

    private ShortCode() {}

    /** The code a rendered message names, for a channel that must also carry it in a field of its own (ZNS). */
    public static java.util.Optional<String> in(String message) {
        if (message == null) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = IN_MESSAGE.matcher(message);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
