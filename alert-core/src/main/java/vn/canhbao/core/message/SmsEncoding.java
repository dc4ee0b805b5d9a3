package vn.canhbao.core.message;

/**
 * The two alphabets an SMS is sent in, with their sizes (3GPP TS 23.038 and TS 23.040; Twilio:
 * https://www.twilio.com/docs/glossary/what-sms-character-limit). A message that fits in one SMS has the whole 140
 * bytes; a concatenated one gives 6 bytes of each segment to the user data header that numbers the parts.
 */
public enum SmsEncoding {
    /** The GSM 03.38 default alphabet, 7 bits a character: 160 septets alone, 153 a segment when concatenated. */
    GSM_7(160, 153),
    /** UTF-16, 2 bytes a code unit: 70 code units alone, 67 a segment when concatenated. */
    UCS_2(70, 67);

    private final int singleMessageUnits;
    private final int segmentUnits;

    SmsEncoding(int singleMessageUnits, int segmentUnits) {
        this.singleMessageUnits = singleMessageUnits;
        this.segmentUnits = segmentUnits;
    }

    /** How many units (septets or UTF-16 code units) fit in a message that is not split. */
    public int singleMessageUnits() {
        return singleMessageUnits;
    }

    /** How many units fit in each segment of a concatenated message. */
    public int segmentUnits() {
        return segmentUnits;
    }
}
