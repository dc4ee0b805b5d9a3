package vn.canhbao.channels.simulator;

/**
 * Counts the SMS segments of a body as Twilio does: GSM-7 when every character is in the GSM 03.38 set (160 septets
 * in one segment, 153 per segment when concatenated; extension characters take two), otherwise UCS-2 (70 UTF-16
 * units, 67 per segment). Source: https://www.twilio.com/docs/glossary/what-sms-character-limit. Most Vietnamese
 * letters with diacritics are outside GSM-7, so a Vietnamese warning is usually UCS-2.
 */
final class SmsSegments {

    private static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENSION = "^{}\\[~]|€\f";

    private SmsSegments() {}

    static int count(String body) {
        int septets = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (GSM7_BASIC.indexOf(c) >= 0) {
                septets += 1;
            } else if (GSM7_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return segments(body.length(), 70, 67);
            }
        }
        return segments(septets, 160, 153);
    }

    private static int segments(int units, int single, int perPart) {
        if (units <= single) {
            return 1;
        }
        return (units + perPart - 1) / perPart;
    }
}
