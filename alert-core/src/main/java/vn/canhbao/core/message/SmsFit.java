package vn.canhbao.core.message;

/**
 * How much of an alert an SMS text carries, from everything down to the essentials, and whether it kept to its
 * segment budget. The headline is never shortened or left out: it says what, where and when.
 */
public enum SmsFit {
    /** Headline, description and every essential. */
    COMPLETE,
    /** The description was cut at a word boundary to fit. */
    DESCRIPTION_SHORTENED,
    /** The description was left out; headline and instruction are whole. */
    WITHOUT_DESCRIPTION,
    /** The description was left out and the instruction kept to its first sentences (the first at least). */
    INSTRUCTION_SHORTENED,
    /**
     * Even the essentials (headline whole, the instruction's first sentence) exceed the budget: the text takes the
     * fewest segments that hold them, more than the budget. Flagged, so the ward's policy decides before sending
     * whether to pay for them or to send the không-dấu text ({@link SmsChoice}).
     */
    OVER_BUDGET
}
