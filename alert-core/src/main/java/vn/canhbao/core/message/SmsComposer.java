package vn.canhbao.core.message;

import java.util.Objects;
import java.util.Optional;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.text.VietnameseText;

/**
 * Composes the SMS of an alert to a segment budget without ever cutting what a resident must read.
 *
 * <p>The text reads "[DIỄN TẬP] CẢNH BÁO LŨ QUÉT: headline. Cấp độ rủi ro 3. instruction. description. Mã tin
 * K7M2QX, phát lúc 14:30 12/10." The essentials are the drill or test mark, the kind of warning (cảnh báo, cập
 * nhật, hủy, đính chính) with its hazard, the headline (what, where, when: without it "Cấp độ rủi ro 4. Chằng chống
 * nhà cửa" tells no one whether the storm comes tonight or next week), the risk level, the instruction, the short
 * code and the time of issue. When the text is over budget, the description is shortened at a word boundary, then
 * left out; then the instruction is shortened to its first sentences, the first (the core action) at least. The
 * headline is never shortened. If even that is over budget, the text goes over ({@link SmsFit#OVER_BUDGET}): it is
 * composed for the fewest segments that hold it, and flagged, so the ward's policy ({@link SmsChoice}) decides
 * between paying those segments and the không-dấu text before anything is sent.
 *
 * <p>The default budgets: 2 segments for the không-dấu variant (GSM-7, 306 characters, room for the essentials and
 * usually a short description) and 3 with diacritics (UCS-2, 201 characters, room for the essentials of most
 * warnings). Both variants are available at once for the duty officer's preview.
 *
 * <p>The không-dấu variant is {@link VietnameseText#withoutDiacritics} plus typographic punctuation replaced by its
 * GSM-7 equivalent (– to -, “” to ", … to ..., ° to o as in 39oC), since one character outside GSM-7 would make the
 * whole text UCS-2 and more than double its cost. Other characters outside GSM-7 are kept, and the cost says so.
 */
public final class SmsComposer {

    public static final int DEFAULT_SEGMENTS_WITHOUT_DIACRITICS = 2;
    public static final int DEFAULT_SEGMENTS_WITH_DIACRITICS = 3;

    /** The budget used when none is given. */
    public static int defaultBudget(boolean withoutDiacritics) {
        return withoutDiacritics ? DEFAULT_SEGMENTS_WITHOUT_DIACRITICS : DEFAULT_SEGMENTS_WITH_DIACRITICS;
    }

    /** Both variants with the default budgets. */
    public SmsPreview preview(Alert alert) {
        return new SmsPreview(compose(alert, false), compose(alert, true));
    }

    /** The variant the ward chose, with its default budget. */
    public SmsText compose(Alert alert, boolean withoutDiacritics) {
        return compose(alert, withoutDiacritics, defaultBudget(withoutDiacritics));
    }

    /**
     * @param segmentBudget 1 to {@link SmsSegments#MAX_SEGMENTS}
     */
    public SmsText compose(Alert alert, boolean withoutDiacritics, int segmentBudget) {
        Objects.requireNonNull(alert, "alert");
        if (segmentBudget < 1 || segmentBudget > SmsSegments.MAX_SEGMENTS) {
            throw new IllegalArgumentException(
                    "segmentBudget must be 1 to " + SmsSegments.MAX_SEGMENTS + ", was " + segmentBudget);
        }
        WarningParts parts = WarningParts.of(alert, withoutDiacritics);
        Optional<SmsText> within = fit(parts, new Fitter(segmentBudget, withoutDiacritics));
        if (within.isPresent()) {
            return within.get();
        }
        // Over budget: the fewest segments that hold the essentials, whatever else those segments then have room for.
        for (int more = segmentBudget + 1; more <= SmsSegments.MAX_SEGMENTS; more++) {
            Optional<SmsText> over = fit(parts, new Fitter(more, withoutDiacritics));
            if (over.isPresent()) {
                return new Fitter(segmentBudget, withoutDiacritics)
                        .overBudget(over.get().text());
            }
        }
        return new Fitter(segmentBudget, withoutDiacritics)
                .overBudget(parts.essentials().text());
    }

    /** The text within the fitter's budget, shortening what may be shortened in order; empty if it cannot fit. */
    private static Optional<SmsText> fit(WarningParts parts, Fitter fitter) {
        return WarningParts.fit(parts, fitter::fits, fitter.withoutDiacritics())
                .map(fitted -> fitter.text(fitted.parts(), fitted.fit()));
    }

    /** The title of the SMS for the console: the mark and the kind of warning, in the chosen variant. */
    static String title(Alert alert, boolean withoutDiacritics) {
        String title = AlertWording.mark(alert) + AlertWording.kindAndHazard(alert);
        return withoutDiacritics ? plain(title) : title;
    }

    /** Vietnamese without diacritics and typographic punctuation in its GSM-7 form. */
    static String plain(String text) {
        String folded = VietnameseText.withoutDiacritics(text);
        StringBuilder plain = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            switch (c) {
                case '–', '—', '‐', '−' -> plain.append('-');
                case '“', '”', '„' -> plain.append('"');
                case '…' -> plain.append("...");
                case '°' -> plain.append('o');
                case '\u00A0', '\u202F', '\t' -> plain.append(' ');
                case '•', '·' -> plain.append('-');
                default -> plain.append(c);
            }
        }
        return plain.toString();
    }

    private record Fitter(int budget, boolean withoutDiacritics) {

        boolean fits(WarningParts parts) {
            return SmsSegments.segments(parts.text()) <= budget;
        }

        SmsText text(WarningParts parts, SmsFit fit) {
            String text = parts.text();
            return new SmsText(text, SmsSegments.cost(text), budget, withoutDiacritics, fit);
        }

        SmsText overBudget(String text) {
            return new SmsText(text, SmsSegments.cost(text), budget, withoutDiacritics, SmsFit.OVER_BUDGET);
        }
    }
}
