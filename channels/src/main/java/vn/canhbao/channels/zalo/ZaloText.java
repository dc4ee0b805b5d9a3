package vn.canhbao.channels.zalo;

/**
 * Fits text into Zalo's length limits without cutting a word (or a letter's diacritic) in half. Lengths are counted in
 * Unicode code points.
 */
final class ZaloText {

    /**
     * A consultation text message holds at most 2,000 characters (eSMS's wrapper of the OA API,
     * devesms/gitbook_esms_for_develop_v2 {@code esms-api/ham-gui-tin/tin-zalo-tu-van-dang-van-ban.md}, secondary;
     * the openzalo plugin uses the same limit). NOT CONFIRMED on developers.zalo.me.
     */
    static final int MAX_CS_TEXT = 2000;

    /**
     * A ZNS template's text block holds at most 400 characters (secondary, see docs/reference section 3.3); we cap the
     * warning-text parameter at that. NOT CONFIRMED as the per-parameter limit.
     */
    static final int MAX_ZNS_BODY = 400;

    private static final String ELLIPSIS = "…";

    private ZaloText() {}

    /**
     * {@code text} if it fits in {@code max} code points, otherwise cut at the last whitespace that leaves room for an
     * ellipsis (or, with no whitespace in the second half, at a code point boundary) and ended with "…".
     */
    static String fit(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        int cut = end;
        for (int i = end; i > end / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                cut = i;
                break;
            }
        }
        if (cut == end) {
            // No space in sight: do not end on a combining mark, which belongs to the letter before it.
            while (cut > 0 && Character.getType(text.codePointAt(cut)) == Character.NON_SPACING_MARK) {
                cut = text.offsetByCodePoints(cut, -1);
            }
        }
        return text.substring(0, cut).stripTrailing() + ELLIPSIS;
    }
}
