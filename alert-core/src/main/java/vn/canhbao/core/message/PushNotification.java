package vn.canhbao.core.message;

import java.util.Optional;
import vn.canhbao.core.alert.Alert;

/**
 * The app push notification of an alert: a title that says what and how serious ("CẢNH BÁO LŨ QUÉT – Cấp độ 3")
 * and a body that says what to do, with the short code and time of issue.
 *
 * <p>The limits are ours, chosen for what a phone shows, not what FCM accepts (4 KB a payload): Android cuts a
 * collapsed title at about 40–65 characters depending on the screen, so the title keeps to {@value #MAX_TITLE}
 * (the longest combination of mark, kind and hazard is 58); iOS shows four lines of body on the lock screen and
 * Android's expanded view about as much, some 240 characters, so the body keeps to {@value #MAX_BODY} by shortening,
 * then leaving out, the headline. The description is not sent: tapping opens the full warning. Were the
 * instruction alone longer, the body goes over rather than cut it; the phone then truncates only the display.
 */
public final class PushNotification {

    public static final int MAX_TITLE = 65;
    public static final int MAX_BODY = 240;

    private PushNotification() {}

    public static RenderedMessage render(Alert alert) {
        String headline = AlertWording.present(alert.headline());
        String body = body(alert, headline);
        if (body.length() > MAX_BODY && headline != null) {
            Optional<String> shortened =
                    Shortening.longestFitting(headline, "…", h -> body(alert, h).length() <= MAX_BODY);
            body = body(alert, shortened.orElse(null));
        }
        return new RenderedMessage(title(alert), body);
    }

    /** "[DIỄN TẬP] CẢNH BÁO LŨ QUÉT – Cấp độ 3". */
    static String title(Alert alert) {
        String title = AlertWording.mark(alert) + AlertWording.kindAndHazard(alert);
        return alert.risk().map(r -> title + " – Cấp độ " + r.number()).orElse(title);
    }

    private static String body(Alert alert, String headline) {
        StringBuilder body = new StringBuilder(AlertWording.mark(alert));
        if (headline != null) {
            body.append(AlertWording.asSentence(headline)).append(' ');
        }
        String instruction = AlertWording.present(alert.instruction());
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
