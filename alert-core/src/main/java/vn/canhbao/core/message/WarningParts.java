package vn.canhbao.core.message;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import vn.canhbao.core.alert.Alert;

/**
 * The parts of a written warning that the SMS and the cell broadcast share, in one variant (with diacritics or
 * không dấu): "[DIỄN TẬP] CẢNH BÁO LŨ QUÉT: headline. Cấp độ rủi ro 3. instruction. description. Mã tin K7M2QX,
 * phát lúc 14:30 12/10." and, where a channel adds one, a closing sentence. Headline, risk, instruction, description
 * and closing may be null.
 *
 * <p>{@link #fit} shortens them, in order, until a channel's limit accepts the text: the description at a word
 * boundary, then without it, then the instruction to its first sentences. The headline is never cut here.
 */
record WarningParts(
        String lead,
        String headline,
        String risk,
        String instruction,
        String description,
        String footer,
        String closing) {

    /** What had to give for the parts to fit. */
    record Fitted(WarningParts parts, SmsFit fit) {}

    static WarningParts of(Alert alert, boolean withoutDiacritics) {
        String footer = "Mã tin " + alert.shortCode() + ", phát lúc " + AlertWording.shortTime(alert.sent());
        WarningParts parts = new WarningParts(
                AlertWording.mark(alert) + AlertWording.kindAndHazard(alert),
                AlertWording.headline(alert, AlertWording::shortTime),
                AlertWording.riskLevel(alert),
                AlertWording.present(alert.instruction()),
                AlertWording.present(alert.description()),
                footer,
                null);
        return withoutDiacritics ? parts.plain() : parts;
    }

    /**
     * The parts within what {@code fits} accepts, shortening what may be shortened in order; empty if even the
     * instruction's first sentence without a description does not fit. {@code fits} must be monotone.
     */
    static Optional<Fitted> fit(WarningParts parts, Predicate<WarningParts> fits, boolean withoutDiacritics) {
        String ellipsis = withoutDiacritics ? "..." : "…";
        if (fits.test(parts)) {
            return Optional.of(new Fitted(parts, SmsFit.COMPLETE));
        }
        if (parts.description() != null) {
            Optional<String> shortened =
                    Shortening.longestFitting(parts.description(), ellipsis, d -> fits.test(parts.withDescription(d)));
            if (shortened.isPresent()) {
                return Optional.of(new Fitted(parts.withDescription(shortened.get()), SmsFit.DESCRIPTION_SHORTENED));
            }
        }
        WarningParts withoutDescription = parts.withDescription(null);
        if (parts.description() != null && fits.test(withoutDescription)) {
            return Optional.of(new Fitted(withoutDescription, SmsFit.WITHOUT_DESCRIPTION));
        }
        if (parts.instruction() != null) {
            Optional<String> shortened = Shortening.longestSentencesFitting(
                    parts.instruction(), i -> fits.test(withoutDescription.withInstruction(i)));
            if (shortened.isPresent()) {
                return Optional.of(
                        new Fitted(withoutDescription.withInstruction(shortened.get()), SmsFit.INSTRUCTION_SHORTENED));
            }
        }
        return Optional.empty();
    }

    /** The least a warning may say: no description, the instruction's first sentence. */
    WarningParts essentials() {
        WarningParts essentials = withDescription(null);
        if (essentials.instruction() == null) {
            return essentials;
        }
        return Shortening.sentencePrefixes(essentials.instruction()).stream()
                .findFirst()
                .map(essentials::withInstruction)
                .orElse(essentials);
    }

    WarningParts withHeadline(String headline) {
        return new WarningParts(lead, headline, risk, instruction, description, footer, closing);
    }

    WarningParts withInstruction(String instruction) {
        return new WarningParts(lead, headline, risk, instruction, description, footer, closing);
    }

    WarningParts withDescription(String description) {
        return new WarningParts(lead, headline, risk, instruction, description, footer, closing);
    }

    /** These parts with {@code closing} said last, in the same variant. */
    WarningParts withClosing(String closing, boolean withoutDiacritics) {
        String sentence = closing == null || !withoutDiacritics ? closing : SmsComposer.plain(closing);
        return new WarningParts(lead, headline, risk, instruction, description, footer, sentence);
    }

    /** These parts with {@code change} applied to each that is present. */
    WarningParts map(UnaryOperator<String> change) {
        return new WarningParts(
                change.apply(lead),
                orNull(headline, change),
                orNull(risk, change),
                orNull(instruction, change),
                orNull(description, change),
                change.apply(footer),
                orNull(closing, change));
    }

    String text() {
        StringBuilder text = new StringBuilder(lead);
        if (headline != null) {
            text.append(": ").append(headline);
        }
        for (String sentence : new String[] {risk, instruction, description, footer, closing}) {
            if (sentence != null) {
                String sofar = AlertWording.asSentence(text.toString());
                text.setLength(0);
                text.append(sofar).append(' ').append(sentence);
            }
        }
        return AlertWording.asSentence(text.toString());
    }

    private WarningParts plain() {
        return map(SmsComposer::plain);
    }

    private static String orNull(String text, UnaryOperator<String> change) {
        return text == null ? null : change.apply(text);
    }
}
