package vn.canhbao.core.message;

/** How much of an alert an SMS text carries, from everything down to the essentials only. */
public enum SmsFit {
    /** Headline, description and every essential. */
    COMPLETE,
    /** The description was cut at a word boundary to fit. */
    DESCRIPTION_SHORTENED,
    /** The description was left out; the headline is whole. */
    WITHOUT_DESCRIPTION,
    /** The description was left out and the headline cut at a word boundary. */
    HEADLINE_SHORTENED,
    /** Only the essentials: kind, hazard, risk level, instruction, short code and time of issue. */
    ESSENTIALS_ONLY,
    /** The essentials alone exceed the budget; they are sent whole, over budget, rather than cut. */
    OVER_BUDGET
}
