package vn.canhbao.core.message;

import vn.canhbao.core.alert.Alert;

/**
 * The app push notification of an alert: a title that says what and how serious ("CẢNH BÁO LŨ QUÉT – Cấp độ 3")
 * and a body with the headline (what, where, when), what to do, the short code and the time of issue.
 *
 * <p>The limits are ours, chosen for what a phone shows, not what FCM accepts (4 KB a payload): Android cuts a
 * collapsed title at about 40–65 characters depending on the screen, so the title keeps to {@value #MAX_TITLE}
 * (the longest combination of mark, kind and hazard is 58); iOS shows four lines of body on the lock screen and
 * Android's expanded view about as much, some 240 characters, so the body keeps to {@value #MAX_BODY} where it can by
 * keeping the instruction to its first sentences. The headline is never cut: a headline cut mid-sentence ("trong 3
 * giờ…") loses the when. The description is not sent. Where headline and core action are longer than the soft limit
 * the body goes over it: the phone then truncates only the display, and tapping opens the full warning.
 */
public final class PushNotification {

    public static final int MAX_TITLE = 65;
    public static final int MAX_BODY = 240;

    private PushNotification() {}

    public static RenderedMessage render(Alert alert) {
        String instruction = AlertWording.present(alert.instruction());
        String body = body(alert, instruction);
        if (body.length() > MAX_BODY && instruction != null) {
            String core = Shortening.longestSentencesFitting(
                            instruction, i -> body(alert, i).length() <= MAX_BODY)
                    .or(() -> Shortening.sentencePrefixes(instruction).stream().findFirst())
                    .orElse(instruction);
            body = body(alert, core);
        }
        return new RenderedMessage(title(alert), body);
    }

    /** "[DIỄN TẬP] CẢNH BÁO LŨ QUÉT – Cấp độ 3". */
    static String title(Alert alert) {
        String title = AlertWording.mark(alert) + AlertWording.kindAndHazard(alert);
        return AlertWording.statedRisk(alert)
                .map(r -> title + " – Cấp độ " + r.number())
                .orElse(title);
    }

    private static String body(Alert alert, String instruction) {
        StringBuilder body = new StringBuilder(AlertWording.mark(alert));
        String headline = AlertWording.headline(alert, AlertWording::shortTime);
        if (headline != null) {
            body.append(AlertWording.asSentence(headline)).append(' ');
        }
        if (instruction != null) {
            body.append(AlertWording.asSentence(instruction)).append(' ');
        }
        body.append("Mã tin ")
                .append(alert.shortCode())
                .append(", phát lúc ")
                .append(AlertWording.shortTime(alert.sent()))
                .append('.');
        return body.toString();
    }
}
