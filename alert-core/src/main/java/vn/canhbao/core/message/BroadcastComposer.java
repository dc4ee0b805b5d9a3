package vn.canhbao.core.message;

import java.util.Objects;
import java.util.Optional;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertStatus;
import vn.canhbao.core.broadcast.BroadcastPages;
import vn.canhbao.core.broadcast.Ucs2Alphabet;

/**
 * Composes the cell broadcast text of an alert, for every phone in the ward's cells, registered or not, and encodes
 * it into CBS pages ({@link BroadcastPages}: GSM-7 when the text is in the GSM alphabet, else UCS-2).
 *
 * <p>The text reads like the SMS: "[DIỄN TẬP] CẢNH BÁO LŨ QUÉT: headline. Cấp độ rủi ro 4. instruction.
 * description. Mã tin K7M2QX, phát lúc 14:30 12/10." A drill or test also ends "Đây là tin diễn tập." ("Đây là tin
 * thử nghiệm."), as the loudspeaker does: a visitor who receives a broadcast has heard of no drill, and some handsets
 * show a long message page by page. A Cancel names the warning it ends by code and time of issue and states no risk
 * level ({@link AlertWording}).
 *
 * <p>A broadcast costs nothing per page, but a shorter one is read whole: the default budget is
 * {@value #DEFAULT_PAGE_BUDGET} pages (164 characters with diacritics, 372 without). Over budget the text is
 * shortened as {@link SmsComposer} does (the description at a word boundary, then left out; the instruction to its
 * first sentences; the headline never); if the essentials still need more, the text takes the fewest pages that hold
 * them, flagged {@link SmsFit#OVER_BUDGET}, up to the {@value BroadcastPages#MAX_PAGES} a message may have. Only if
 * the essentials with diacritics need more than that is the không-dấu text sent instead, and only if even that does
 * not fit is the headline cut, at a word boundary, so that a warning always goes out. Characters outside the Basic
 * Multilingual Plane (emoji), which UCS-2 cannot carry, are left out.
 */
public final class BroadcastComposer {

    public static final int DEFAULT_PAGE_BUDGET = 4;

    static final String EXERCISE_CLOSING = "Đây là tin diễn tập.";
    static final String TEST_CLOSING = "Đây là tin thử nghiệm.";

    /** The text with diacritics (UCS-2) within the default budget. */
    public BroadcastText compose(Alert alert) {
        return compose(alert, false, DEFAULT_PAGE_BUDGET);
    }

    /** The chosen variant within the default budget. */
    public BroadcastText compose(Alert alert, boolean withoutDiacritics) {
        return compose(alert, withoutDiacritics, DEFAULT_PAGE_BUDGET);
    }

    /**
     * @param pageBudget 1 to {@value BroadcastPages#MAX_PAGES}
     */
    public BroadcastText compose(Alert alert, boolean withoutDiacritics, int pageBudget) {
        Objects.requireNonNull(alert, "alert");
        if (pageBudget < 1 || pageBudget > BroadcastPages.MAX_PAGES) {
            throw new IllegalArgumentException(
                    "pageBudget must be 1 to " + BroadcastPages.MAX_PAGES + ", was " + pageBudget);
        }
        WarningParts parts = WarningParts.of(alert, withoutDiacritics)
                .withClosing(closing(alert), withoutDiacritics)
                .map(BroadcastComposer::withinBasicPlane);
        for (int pages = pageBudget; pages <= BroadcastPages.MAX_PAGES; pages++) {
            int limit = pages;
            Optional<WarningParts.Fitted> fitted =
                    WarningParts.fit(parts, p -> pagesOf(p.text()) <= limit, withoutDiacritics);
            if (fitted.isPresent()) {
                SmsFit fit =
                        pages > pageBudget ? SmsFit.OVER_BUDGET : fitted.get().fit();
                return text(fitted.get().parts().text(), pageBudget, withoutDiacritics, fit);
            }
        }
        if (!withoutDiacritics) {
            return compose(alert, true, pageBudget);
        }
        WarningParts essentials = parts.essentials();
        if (essentials.headline() == null) {
            return text(essentials.text(), pageBudget, true, SmsFit.OVER_BUDGET);
        }
        String headline = Shortening.longestFitting(
                        essentials.headline(),
                        "...",
                        h -> pagesOf(essentials.withHeadline(h).text()) <= BroadcastPages.MAX_PAGES)
                .orElse(null);
        return text(essentials.withHeadline(headline).text(), pageBudget, true, SmsFit.OVER_BUDGET);
    }

    /** The title (mark, kind and hazard) and the text with diacritics, for the console's preview. */
    public static RenderedMessage render(Alert alert) {
        return new RenderedMessage(
                AlertWording.mark(alert) + AlertWording.kindAndHazard(alert),
                new BroadcastComposer().compose(alert).text());
    }

    private static String closing(Alert alert) {
        if (alert.status() == AlertStatus.EXERCISE) {
            return EXERCISE_CLOSING;
        }
        return alert.status() == AlertStatus.TEST ? TEST_CLOSING : null;
    }

    private static int pagesOf(String text) {
        return BroadcastPages.pagesNeeded(text);
    }

    /**
     * {@code text} without characters outside the Basic Multilingual Plane (emoji), which UCS-2 cannot carry: left
     * out rather than shown as unknown characters. Vietnamese letters are all in the plane.
     */
    static String withinBasicPlane(String text) {
        if (Ucs2Alphabet.isRepresentable(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(Character::isBmpCodePoint)
                .filter(c -> !Character.isSurrogate((char) c))
                .forEach(kept::appendCodePoint);
        return kept.toString().replaceAll(" {2,}", " ").strip();
    }

    private static BroadcastText text(String text, int pageBudget, boolean withoutDiacritics, SmsFit fit) {
        return new BroadcastText(text, BroadcastPages.encode(text), pageBudget, withoutDiacritics, fit);
    }
}
