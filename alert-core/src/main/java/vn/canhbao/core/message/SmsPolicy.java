package vn.canhbao.core.message;

import java.util.Objects;

/**
 * A ward's choices about its SMS: whether it always sends the không-dấu text, and what it sends when the text with
 * diacritics is over its budget.
 *
 * @param alwaysWithoutDiacritics send the không-dấu text whatever its length (a ward whose residents' phones are old)
 * @param overBudget what to send when the text with diacritics does not fit; ignored when always không-dấu
 */
public record SmsPolicy(boolean alwaysWithoutDiacritics, SmsOverBudget overBudget) {

    /** The choice for a ward that has made none: diacritics where they fit, else không-dấu. */
    public static final SmsPolicy DEFAULT = new SmsPolicy(false, SmsOverBudget.WITHOUT_DIACRITICS);

    public SmsPolicy {
        Objects.requireNonNull(overBudget, "overBudget");
    }
}
