package vn.canhbao.core.message;

/**
 * What a ward sends when the SMS with diacritics does not fit its segment budget even with the description left out
 * and the instruction shortened to its core action: a ward's policy.
 */
public enum SmsOverBudget {
    /** Send the text with diacritics in as many more segments as it takes; it costs more and reads as written. */
    MORE_SEGMENTS,
    /**
     * Send the không-dấu text, which holds more than twice as much in a segment (GSM-7: 153 characters against 67).
     * The default: a warning that arrives whole on every phone matters more than its diacritics. Old and cheap phones,
     * common among the elderly and in the poorer communes that floods and landslides hit hardest, reassemble a long
     * concatenated SMS badly or show it as separate messages out of order, and some show Unicode text as boxes; every
     * extra segment is one more part that can be lost or delayed on a congested network during a disaster. Without
     * diacritics a Vietnamese text is still read correctly by almost everyone, and it is what such phones display
     * best.
     */
    WITHOUT_DIACRITICS
}
