package vn.canhbao.core.message;

import java.util.Objects;

/**
 * Which SMS a ward sends for an alert and why, decided once here for both the pipeline and the officer's preview, so
 * that what is previewed is what is sent. The text with diacritics is sent when it fits the budget; when it does
 * not, the ward's {@link SmsOverBudget} decides; a ward that always sends không-dấu does.
 *
 * @param variants both texts with their costs, for the preview
 */
public record SmsChoice(SmsPreview variants, SmsChoiceReason reason) {

    public SmsChoice {
        Objects.requireNonNull(variants, "variants");
        Objects.requireNonNull(reason, "reason");
    }

    /** The choice {@code policy} makes between the two texts. */
    public static SmsChoice of(SmsPreview variants, SmsPolicy policy) {
        SmsChoiceReason reason;
        if (policy.alwaysWithoutDiacritics()) {
            reason = SmsChoiceReason.WARD_ALWAYS_WITHOUT_DIACRITICS;
        } else if (!variants.withDiacritics().overBudget()) {
            reason = SmsChoiceReason.WITH_DIACRITICS_FITS;
        } else if (policy.overBudget() == SmsOverBudget.MORE_SEGMENTS) {
            reason = SmsChoiceReason.OVER_BUDGET_MORE_SEGMENTS;
        } else {
            reason = SmsChoiceReason.OVER_BUDGET_WITHOUT_DIACRITICS;
        }
        return new SmsChoice(variants, reason);
    }

    /** The text the ward sends. */
    public SmsText sent() {
        return variants.variant(reason.sendsWithoutDiacritics());
    }

    /** True when the text sent is over its budget: the officer is told before issuing. */
    public boolean overBudget() {
        return sent().overBudget();
    }
}
