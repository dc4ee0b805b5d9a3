package vn.canhbao.gateway.authenticity;

import java.util.List;
import java.util.Locale;
import vn.canhbao.core.text.VietnameseText;

/**
 * A code as a person pastes it, read the way they mean it. Residents copy it from the message, where it reads "Mã tin
 * C5HF96." (or "Ma tin C5HF96," in the không-dấu SMS): the prefix, the punctuation around it, spaces, lower case and
 * diacritics must not turn a genuine warning into "possibly fake" (#14, finding 7).
 */
final class TypedCode {

    /** {@code ShortCode} makes six characters. */
    private static final int CODE_LENGTH = 6;

    /** How messages and people introduce the code, folded: "Mã tin", "Mã xác minh", "Mã". Longest first. */
    private static final List<String> PREFIXES = List.of("MAXACMINH", "MATIN", "MA");

    private TypedCode() {}

    /**
     * The code in {@code typed}: diacritics removed, upper-cased, everything but letters and digits dropped, and a
     * leading "Mã tin" taken off when what follows is a whole code. Never null.
     */
    static String read(String typed) {
        if (typed == null) {
            return "";
        }
        String compact =
                VietnameseText.withoutDiacritics(typed).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        for (String prefix : PREFIXES) {
            if (compact.length() == prefix.length() + CODE_LENGTH && compact.startsWith(prefix)) {
                return compact.substring(prefix.length());
            }
        }
        return compact;
    }
}
