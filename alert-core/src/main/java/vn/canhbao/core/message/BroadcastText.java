package vn.canhbao.core.message;

import java.util.Objects;
import vn.canhbao.core.broadcast.BroadcastPages;
import vn.canhbao.core.broadcast.CbsEncoding;

/**
 * The cell broadcast text of an alert with its encoded pages, known before it is sent.
 *
 * @param pages the text encoded for the CBC: DCS and 1 to 15 pages of 82 octets
 * @param pageBudget the pages it was composed to fit
 * @param withoutDiacritics whether this is the không-dấu text (GSM-7)
 * @param fit what had to give to fit the budget
 */
public record BroadcastText(String text, BroadcastPages pages, int pageBudget, boolean withoutDiacritics, SmsFit fit) {

    public BroadcastText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(fit, "fit");
    }

    public CbsEncoding encoding() {
        return pages.encoding();
    }

    public int pageCount() {
        return pages.size();
    }

    /** True when the essentials alone needed more pages than the budget. */
    public boolean overBudget() {
        return pages.size() > pageBudget;
    }
}
