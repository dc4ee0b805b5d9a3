package vn.canhbao.core.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Vietnamese text without its diacritics: for SMS sent in "không dấu" form (GSM-7 instead of UCS-2, so more than
 * twice as many characters fit in one segment) and for search keys that match whatever a person types.
 *
 * <p>Every Vietnamese letter maps to its base letter: the five tone marks go, â, ă, ê, ô, ơ and ư lose their
 * marks, and đ and Đ, which are letters of their own and do not decompose in Unicode, become d and D. Input in
 * decomposed form (NFD) gives the same result. Other Latin letters lose their accents too (é becomes e); other
 * scripts are left as they are. Typographic apostrophes, as in "Xã Ea H’Leo" and "Xã M’Drắk", become ASCII ones,
 * so every official ward name comes out as plain ASCII.
 *
 * <p>A lookup table rather than {@link Normalizer} does the Vietnamese letters, because ward names are folded in
 * bulk when the ward directory loads and messages are folded once per recipient.
 */
public final class VietnameseText {

    // Each letter of LETTERS becomes the character at the same index of PLAIN.
    private static final String LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
            + "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ";
    private static final String PLAIN = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd"
            + "AAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD";
    private static final char TABLE_START = '\u00C0';
    private static final char TABLE_END = '\u1EF9';
    private static final char[] PLAIN_BY_LETTER = new char[TABLE_END - TABLE_START + 1];

    static {
        for (int i = 0; i < LETTERS.length(); i++) {
            PLAIN_BY_LETTER[LETTERS.charAt(i) - TABLE_START] = PLAIN.charAt(i);
        }
    }

    private VietnameseText() {}

    /**
     * The text with every Vietnamese diacritic removed, keeping case, spacing and punctuation: "Cảnh báo lũ quét
     * tại Xã Đức Thắng" becomes "Canh bao lu quet tai Xa Duc Thang".
     */
    public static String withoutDiacritics(String text) {
        Objects.requireNonNull(text, "text");
        if (isAscii(text)) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char mapped = c >= TABLE_START && c <= TABLE_END ? PLAIN_BY_LETTER[c - TABLE_START] : 0;
            if (c < 0x80) {
                plain.append(c);
            } else if (mapped != 0) {
                plain.append(mapped);
            } else if (c == '\u2018' || c == '\u2019' || c == '\u02BC') {
                plain.append('\'');
            } else if (isLatin(c)) {
                appendWithoutMarks(plain, c);
            } else if (!isCombiningMark(c)) {
                // Combining marks come from decomposed input; their base letter is already appended.
                plain.append(c);
            }
        }
        return plain.toString();
    }

    /**
     * A key for matching names as people type them: without diacritics, lower case, apostrophes dropped, runs of
     * whitespace collapsed to one space and none at either end. "  Phường   BẠCH Đằng " becomes "phuong bach dang",
     * "Xã Ea H’Leo" becomes "xa ea hleo".
     */
    public static String foldForSearch(String text) {
        String plain = withoutDiacritics(text);
        StringBuilder folded = new StringBuilder(plain.length());
        boolean spaceDue = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                spaceDue = !folded.isEmpty();
            } else if (c != '\'') {
                if (spaceDue) {
                    folded.append(' ');
                    spaceDue = false;
                }
                folded.append(Character.toLowerCase(c));
            }
        }
        return folded.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCombiningMark(char c) {
        return c >= '\u0300' && c <= '\u036F';
    }

    private static boolean isLatin(char c) {
        return (c >= '\u00C0' && c <= '\u024F') || (c >= '\u1E00' && c <= '\u1EFF');
    }

    private static void appendWithoutMarks(StringBuilder plain, char c) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            if (!isCombiningMark(decomposed.charAt(i))) {
                plain.append(decomposed.charAt(i));
            }
        }
    }
}
