package vn.canhbao.channels.loudspeaker;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.canhbao.core.delivery.Dispatch;

/**
 * What the speakers read: the dispatch's text made into plain spoken Vietnamese, with its key sentence said again at
 * the end. Text-to-speech reads what it is given, so whatever a listener cannot use is left out or spelled out:
 *
 * <ul>
 *   <li>a leading {@code [DIỄN TẬP]} or {@code [THỬ NGHIỆM]} becomes a sentence of its own ("Tin diễn tập.") and is
 *       said again with the repeat, so a drill is never heard as a real warning;
 *   <li>the alert's short code ("Mã AB12CD") and URLs are dropped: read aloud they are a string of letters nobody
 *       can note from a loudspeaker; other codes in brackets are dropped too;
 *   <li>the usual abbreviations (UBND, PCTT, TKCN, TP., km/h, mm, %) are written out, and all-capital words
 *       ("CẢNH BÁO LŨ QUÉT") are lower-cased, because some engines spell capitals letter by letter;
 *   <li>the time of issue stays (Decision 18/2021/QĐ-TTg asks that a repeat restate when the bulletin was issued);
 *       "Mã AB12CD, phát lúc 14:30 05/10/2025" is read "Tin phát lúc 14 giờ 30 ngày 5 tháng 10 năm 2025";
 *   <li>the key sentence, the first sentence of the message (the renderer puts the title and headline there), ends
 *       the script after "Xin nhắc lại:", for people who came to the window halfway through.
 * </ul>
 *
 * @param text the whole script, as sent to the vendor
 * @param keySentence the sentence said again at the end
 */
public record LoudspeakerScript(String text, String keySentence) {

    private static final Pattern LABEL = Pattern.compile("^\\s*\\[([^\\]]+)\\]\\s*");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+?(?=[.,;:!?)]*(?:\\s|$))");
    private static final Pattern SHORT_CODE_BEFORE_TIME =
            Pattern.compile("\\bMã\\s+[A-Z0-9][A-Z0-9-]*\\b,?\\s*(?=phát lúc)");
    private static final Pattern SHORT_CODE = Pattern.compile("\\bMã\\s+[A-Z0-9][A-Z0-9-]*\\b,?\\s*");
    private static final Pattern BRACKETED_CODE = Pattern.compile("\\s*(?:\\[[^\\]]*\\]|\\([^()\\s]*\\d[^()\\s]*\\))");
    /** A clause that only introduced a link ("Chi tiết: <link>"), once the link is marked for removal. */
    private static final Pattern LINK_CLAUSE = Pattern.compile("[^.!?:\n]*:[ \t]*\u0001");

    private static final Pattern TIME = Pattern.compile("\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern UNIT = Pattern.compile("(\\d)\\s*(km/h|km|mm|cm|%|°C)(?!\\p{L})");
    private static final Pattern CAPITAL_WORD = Pattern.compile("(?<!\\p{L})\\p{Lu}{2,}(?!\\p{L})");
    private static final Pattern VOWEL_GROUPS =
            Pattern.compile("[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Abbreviations as they are said; applied before capitals are lower-cased. */
    private static final Map<String, String> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        ABBREVIATIONS.put("UBND", "Ủy ban nhân dân");
        ABBREVIATIONS.put("BCH", "Ban chỉ huy");
        ABBREVIATIONS.put("PCTT", "phòng chống thiên tai");
        ABBREVIATIONS.put("TKCN", "tìm kiếm cứu nạn");
        ABBREVIATIONS.put("KTTV", "khí tượng thủy văn");
        ABBREVIATIONS.put("SĐT", "số điện thoại");
        ABBREVIATIONS.put("TP.", "thành phố");
    }

    private static final Map<String, String> UNITS = Map.of(
            "km/h", "ki-lô-mét một giờ",
            "km", "ki-lô-mét",
            "mm", "mi-li-mét",
            "cm", "xăng-ti-mét",
            "%", "phần trăm",
            "°C", "độ C");

    /** The script for a dispatch: its title and body. */
    public static LoudspeakerScript of(Dispatch dispatch) {
        return of(dispatch.title(), dispatch.body());
    }

    /**
     * The script for a message. The title opens the script only when the body does not already begin with it.
     *
     * @param title the message's title, may be empty
     * @param body the message's text
     */
    public static LoudspeakerScript of(String title, String body) {
        String label = null;
        String rest = body == null ? "" : body;
        Matcher labelled = LABEL.matcher(rest);
        if (labelled.find()) {
            label = labelled.group(1);
            rest = rest.substring(labelled.end());
        }
        String spokenTitle = spoken(title == null ? "" : LABEL.matcher(title).replaceFirst(""));
        String spokenBody = spoken(rest);
        if (!spokenTitle.isEmpty() && !startsWithIgnoringCase(spokenBody, stripEnd(spokenTitle))) {
            // The renderer's own form, "TITLE: headline.", so that the key sentence carries both.
            spokenBody = spokenBody.isEmpty()
                    ? spokenTitle
                    : spokenTitle + (spokenTitle.matches(".*[.!?:]$") ? " " : ": ") + spokenBody;
        }
        String key = stripEnd(SENTENCE_END.split(spokenBody, 2)[0]);
        String labelWords = label == null ? null : spoken(label).toLowerCase(VIETNAMESE);
        StringBuilder text = new StringBuilder();
        if (labelWords != null) {
            text.append("Tin ").append(stripEnd(labelWords)).append(". ");
        }
        text.append(spokenBody);
        if (!key.isEmpty()) {
            text.append(" Xin nhắc lại")
                    .append(labelWords == null ? "" : ", tin " + stripEnd(labelWords))
                    .append(": ")
                    .append(key)
                    .append('.');
        }
        return new LoudspeakerScript(text.toString().strip(), key);
    }

    /** One piece of text as it should be read: codes and links out, abbreviations, times and dates spelled out. */
    static String spoken(String text) {
        String s = URL.matcher(text.replace("\r", "")).replaceAll("\u0001");
        s = LINK_CLAUSE.matcher(s).replaceAll("").replace("\u0001", "").replace("\n", ". ");
        s = SHORT_CODE_BEFORE_TIME.matcher(s).replaceAll("Tin ");
        s = SHORT_CODE.matcher(s).replaceAll("");
        s = BRACKETED_CODE.matcher(s).replaceAll("");
        for (Map.Entry<String, String> abbreviation : ABBREVIATIONS.entrySet()) {
            s = s.replaceAll(
                    "(?<!\\p{L})" + Pattern.quote(abbreviation.getKey()) + "(?!\\p{L})",
                    Matcher.quoteReplacement(abbreviation.getValue()));
        }
        s = UNIT.matcher(s).replaceAll(m -> m.group(1) + " " + Matcher.quoteReplacement(UNITS.get(m.group(2))));
        s = DATE.matcher(s)
                .replaceAll(m -> "ngày " + Integer.parseInt(m.group(1)) + " tháng " + Integer.parseInt(m.group(2))
                        + " năm " + m.group(3));
        s = TIME.matcher(s)
                .replaceAll(
                        m -> Integer.parseInt(m.group(1)) + " giờ" + (m.group(2).equals("00") ? "" : " " + m.group(2)));
        s = CAPITAL_WORD
                .matcher(s)
                .replaceAll(m -> isSyllable(m.group()) ? m.group().toLowerCase(VIETNAMESE) : m.group());
        s = tidy(s);
        return capitaliseSentences(s.replaceAll("^[\\s.,:;]+", ""));
    }

    /** Collapses spaces and the stray punctuation that removals and line breaks leave. */
    private static String tidy(String s) {
        return s.replaceAll("\\s+", " ")
                .replaceAll("\\s+([.,!?:;])", "$1")
                .replaceAll("([.!?])[.,:;]+", "$1")
                .replaceAll("([,:;])\\.+", "$1")
                .strip();
    }

    /** A capital word that is one Vietnamese syllable (one vowel group), not an acronym such as "ABC". */
    private static boolean isSyllable(String word) {
        Matcher vowels = VOWEL_GROUPS.matcher(word);
        return vowels.find() && !vowels.find();
    }

    private static String capitaliseSentences(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (start && Character.isLetter(c)) {
                out.append(Character.toUpperCase(c));
                start = false;
            } else {
                out.append(c);
                if (c == '.' || c == '!' || c == '?') {
                    start = true;
                } else if (!Character.isWhitespace(c)) {
                    start = false;
                }
            }
        }
        return out.toString();
    }

    private static String stripEnd(String sentence) {
        return sentence.replaceAll("[\\s.!?:;,]+$", "");
    }

    private static boolean startsWithIgnoringCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
