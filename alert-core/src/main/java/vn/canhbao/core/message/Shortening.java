package vn.canhbao.core.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Shortens a part of a message: an optional one (a description) at a word boundary, never inside a word, marking the
 * cut with an ellipsis unless the kept words end a sentence; the instruction only at a sentence boundary, so what is
 * kept is whole sentences that still say what to do, its first sentence (the core action) at least.
 */
final class Shortening {

    /** Fewer characters than this say nothing useful; the part is dropped instead. */
    static final int MINIMUM_KEPT = 15;

    private static final String TRAILING_JOINERS = ",;:-–—(/";

    private Shortening() {}

    /**
     * The longest word-prefix of {@code text}, with {@code ellipsis} where it was cut, that {@code fits} accepts;
     * empty if even the shortest useful prefix does not fit. {@code fits} must be monotone: if a text fits, so does
     * every shorter one.
     */
    static Optional<String> longestFitting(String text, String ellipsis, Predicate<String> fits) {
        List<String> candidates = wordPrefixes(text, ellipsis);
        int low = 0;
        int high = candidates.size() - 1;
        String best = null;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            String candidate = candidates.get(middle);
            if (fits.test(candidate)) {
                best = candidate;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The longest run of {@code text}'s first sentences, fewer than all of them, that {@code fits} accepts; empty if
     * the text is one sentence or even its first does not fit. {@code fits} must be monotone.
     */
    static Optional<String> longestSentencesFitting(String text, Predicate<String> fits) {
        List<String> candidates = sentencePrefixes(text);
        String best = null;
        for (String candidate : candidates) {
            if (!fits.test(candidate)) {
                break;
            }
            best = candidate;
        }
        return Optional.ofNullable(best);
    }

    /** The first sentence, the first two, … of {@code text}, without the whole text. */
    static List<String> sentencePrefixes(String text) {
        List<String> prefixes = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && AlertWording.endsSentence(text.substring(0, i))) {
                String kept = text.substring(0, i).strip();
                if (!kept.isEmpty() && !kept.equals(text.strip())) {
                    prefixes.add(kept);
                }
            }
        }
        return prefixes;
    }

    /** The shortened forms of {@code text}, shortest first, each at least {@link #MINIMUM_KEPT} characters. */
    private static List<String> wordPrefixes(String text, String ellipsis) {
        List<String> prefixes = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))) {
                String kept = trimJoiners(text.substring(0, i));
                if (kept.length() >= MINIMUM_KEPT) {
                    prefixes.add(AlertWording.endsSentence(kept) ? kept : kept + ellipsis);
                }
            }
        }
        return prefixes;
    }

    private static String trimJoiners(String text) {
        int end = text.length();
        while (end > 0
                && (Character.isWhitespace(text.charAt(end - 1))
                        || TRAILING_JOINERS.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }
}
