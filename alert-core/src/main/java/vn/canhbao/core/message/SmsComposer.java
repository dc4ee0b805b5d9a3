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
 * nhật, hủy) with its hazard, the risk level, the instruction, the short code and the time of issue. When the text
 * is over budget, the description is shortened at a word boundary, then left out; then the headline is shortened
 * at a word boundary with an ellipsis, then left out. If the essentials alone are over budget they are sent whole,
 * over budget ({@link SmsFit#OVER_BUDGET}): a warning costs a segment more rather than lose what to do.
 *
 * <p>The default budgets: 2 segments for the không-dấu variant (GSM-7, 306 characters, room for the essentials,
 * the headline and usually a short description) and 3 with diacritics (UCS-2, 201 characters: the essentials of a
 * Vietnamese warning take about 130, so 2 segments would usually lose the headline). Both variants are available
 * at once for the duty officer's preview.
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
        String ellipsis = withoutDiacritics ? "..." : "…";
        Parts parts = Parts.of(alert, withoutDiacritics);
        Fitter fitter = new Fitter(segmentBudget, withoutDiacritics);
        if (fitter.fits(parts)) {
            return fitter.text(parts, SmsFit.COMPLETE);
        }
        if (parts.description() != null) {
            Optional<String> shortened = Shortening.longestFitting(
                    parts.description(), ellipsis, d -> fitter.fits(parts.withDescription(d)));
            if (shortened.isPresent()) {
                return fitter.text(parts.withDescription(shortened.get()), SmsFit.DESCRIPTION_SHORTENED);
            }
        }
        Parts withoutDescription = parts.withDescription(null);
        if (parts.description() != null && fitter.fits(withoutDescription)) {
            return fitter.text(withoutDescription, SmsFit.WITHOUT_DESCRIPTION);
        }
        if (parts.headline() != null) {
            Optional<String> shortened = Shortening.longestFitting(
                    parts.headline(), ellipsis, h -> fitter.fits(withoutDescription.withHeadline(h)));
            if (shortened.isPresent()) {
                return fitter.text(withoutDescription.withHeadline(shortened.get()), SmsFit.HEADLINE_SHORTENED);
            }
        }
        Parts essentials = withoutDescription.withHeadline(null);
        return fitter.text(essentials, fitter.fits(essentials) ? SmsFit.ESSENTIALS_ONLY : SmsFit.OVER_BUDGET);
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

    /** The parts of the text, already in the chosen variant; headline and description may be null. */
    private record Parts(
            String lead, String headline, String risk, String instruction, String description, String footer) {

        static Parts of(Alert alert, boolean withoutDiacritics) {
            String footer = "Mã tin " + alert.shortCode() + ", phát lúc " + AlertWording.shortTime(alert.sent());
            Parts parts = new Parts(
                    AlertWording.mark(alert) + AlertWording.kindAndHazard(alert),
                    AlertWording.present(alert.headline()),
                    AlertWording.riskLevel(alert),
                    AlertWording.present(alert.instruction()),
                    AlertWording.present(alert.description()),
                    footer);
            return withoutDiacritics ? parts.plain() : parts;
        }

        Parts withHeadline(String headline) {
            return new Parts(lead, headline, risk, instruction, description, footer);
        }

        Parts withDescription(String description) {
            return new Parts(lead, headline, risk, instruction, description, footer);
        }

        String text() {
            StringBuilder text = new StringBuilder(lead);
            if (headline != null) {
                text.append(": ").append(headline);
            }
            for (String sentence : new String[] {risk, instruction, description, footer}) {
                if (sentence != null) {
                    String sofar = AlertWording.asSentence(text.toString());
                    text.setLength(0);
                    text.append(sofar).append(' ').append(sentence);
                }
            }
            return AlertWording.asSentence(text.toString());
        }

        private Parts plain() {
            return new Parts(
                    SmsComposer.plain(lead),
                    orNull(headline),
                    orNull(risk),
                    orNull(instruction),
                    orNull(description),
                    SmsComposer.plain(footer));
        }

        private static String orNull(String text) {
            return text == null ? null : SmsComposer.plain(text);
        }
    }

    private record Fitter(int budget, boolean withoutDiacritics) {

        boolean fits(Parts parts) {
            return SmsSegments.segments(parts.text()) <= budget;
        }

        SmsText text(Parts parts, SmsFit fit) {
            String text = parts.text();
            return new SmsText(text, SmsSegments.cost(text), budget, withoutDiacritics, fit);
        }
    }
}
