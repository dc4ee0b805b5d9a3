package vn.canhbao.core.message;

import java.util.Objects;

/**
 * The SMS text of an alert with what it costs, known before it is sent.
 *
 * @param withoutDiacritics whether this is the không-dấu variant
 * @param segmentBudget the segments it was composed to fit
 * @param fit what had to give to fit the budget
 */
public record SmsText(String text, SmsCost cost, int segmentBudget, boolean withoutDiacritics, SmsFit fit) {

    public SmsText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(fit, "fit");
    }

    public SmsEncoding encoding() {
        return cost.encoding();
    }

    public int segments() {
        return cost.segments();
    }

    /** True when the essentials alone needed more segments than the budget. */
    public boolean overBudget() {
        return cost.segments() > segmentBudget;
    }
}
