package vn.canhbao.core.message;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rewrites what a text-to-speech engine or an announcer would read oddly into words: the abbreviations of disaster
 * bulletins (PCTT, TKCN, UBND, KTTV), units after numbers (mm, km/h, m) and ranges ("100–150" is "100 đến 150").
 */
final class SpokenVietnamese {

    private static final Map<Pattern, String> REWRITES = new LinkedHashMap<>();

    static {
        rewrite("(\\d)\\s*[–—-]\\s*(\\d)", "$1 đến $2");
        rewrite("(\\d)\\s*km/h\\b", "$1 ki-lô-mét một giờ");
        rewrite("(\\d)\\s*mm\\b", "$1 mi-li-mét");
        rewrite("(\\d)\\s*cm\\b", "$1 xăng-ti-mét");
        rewrite("(\\d)\\s*km\\b", "$1 ki-lô-mét");
        rewrite("(\\d)\\s*m\\b", "$1 mét");
        rewrite("(\\d)\\s*°C\\b", "$1 độ C");
        rewrite("\\bPCTT\\b", "phòng, chống thiên tai");
        rewrite("\\bTKCN\\b", "tìm kiếm cứu nạn");
        rewrite("\\bUBND\\b", "Ủy ban nhân dân");
        rewrite("\\bKTTV\\b", "khí tượng thủy văn");
    }

    private SpokenVietnamese() {}

    static String spoken(String text) {
        String spoken = text;
        for (Map.Entry<Pattern, String> rewrite : REWRITES.entrySet()) {
            spoken = rewrite.getKey().matcher(spoken).replaceAll(rewrite.getValue());
        }
        return spoken;
    }

    private static void rewrite(String regex, String replacement) {
        // The replacement refers to groups ($1, $2); none of the words has a dollar sign or backslash.
        REWRITES.put(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), replacement);
    }
}
