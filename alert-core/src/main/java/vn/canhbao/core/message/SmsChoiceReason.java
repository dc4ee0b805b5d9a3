package vn.canhbao.core.message;

/** Why a ward sends the SMS variant it sends; the console's preview says it in words. */
public enum SmsChoiceReason {
    /** The ward always sends the không-dấu text. */
    WARD_ALWAYS_WITHOUT_DIACRITICS(true),
    /** The text with diacritics fits the budget. */
    WITH_DIACRITICS_FITS(false),
    /** The text with diacritics is over budget and the ward's policy pays for the extra segments. */
    OVER_BUDGET_MORE_SEGMENTS(false),
    /** The text with diacritics is over budget and the ward's policy sends the không-dấu text instead. */
    OVER_BUDGET_WITHOUT_DIACRITICS(true);

    private final boolean sendsWithoutDiacritics;

    SmsChoiceReason(boolean sendsWithoutDiacritics) {
        this.sendsWithoutDiacritics = sendsWithoutDiacritics;
    }

    public boolean sendsWithoutDiacritics() {
        return sendsWithoutDiacritics;
    }
}
