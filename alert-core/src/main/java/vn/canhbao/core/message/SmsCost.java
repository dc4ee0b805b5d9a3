package vn.canhbao.core.message;

import java.util.Objects;

/**
 * What an SMS text costs before it is sent: the alphabet it needs, its length in that alphabet's units and the
 * number of segments the operator bills.
 *
 * @param units septets for GSM-7 (an extension character counts 2), UTF-16 code units for UCS-2
 */
public record SmsCost(SmsEncoding encoding, int units, int segments) {

    public SmsCost {
        Objects.requireNonNull(encoding, "encoding");
    }

    /** True when the text is within {@link SmsSegments#MAX_SEGMENTS}, the most we send as one message. */
    public boolean withinMaximum() {
        return segments <= SmsSegments.MAX_SEGMENTS;
    }
}
