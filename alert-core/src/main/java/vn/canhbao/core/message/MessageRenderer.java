package vn.canhbao.core.message;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertStatus;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.text.VietnameseText;

/**
 * Renders an alert as the text each channel sends. Every message states what kind of warning it is, the hazard, the
 * risk level, what to do, the alert's short code and the time of issue (Decision 18/2021 asks that a repeated warning
 * restate when it was issued). Exercises and tests say so first, so a drill can never be mistaken for a real warning.
 */
public final class MessageRenderer {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter ISSUED_AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    /**
     * Renders {@code alert} for {@code channel}.
     *
     * @param withoutDiacritics send the không-dấu variant (SMS only), which fits more text in a segment
     */
    public RenderedMessage render(Alert alert, Channel channel, boolean withoutDiacritics) {
        String title = title(alert);
        StringBuilder body =
                new StringBuilder(prefix(alert)).append(title).append(": ").append(alert.headline());
        appendSentence(
                body, alert.risk().map(r -> "Cấp độ rủi ro " + r.number()).orElse(null));
        appendSentence(body, alert.instruction());
        body.append(" Mã ")
                .append(alert.shortCode())
                .append(", phát lúc ")
                .append(ISSUED_AT.format(alert.sent().atZoneSameInstant(VIETNAM)))
                .append('.');
        String text = body.toString();
        if (withoutDiacritics && channel == Channel.SMS) {
            return new RenderedMessage(VietnameseText.withoutDiacritics(title), VietnameseText.withoutDiacritics(text));
        }
        return new RenderedMessage(prefix(alert) + title, text);
    }

    private static String title(Alert alert) {
        String hazard = alert.hazard().vietnameseName().toUpperCase(VIETNAMESE);
        return switch (alert.messageType()) {
            case ALERT -> "CẢNH BÁO " + hazard;
            case UPDATE -> "CẬP NHẬT CẢNH BÁO " + hazard;
            case CANCEL -> "HỦY CẢNH BÁO " + hazard;
        };
    }

    private static String prefix(Alert alert) {
        if (alert.status() == AlertStatus.EXERCISE) {
            return "[DIỄN TẬP] ";
        }
        return alert.status() == AlertStatus.TEST ? "[THỬ NGHIỆM] " : "";
    }

    private static void appendSentence(StringBuilder body, String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return;
        }
        char last = body.charAt(body.length() - 1);
        if (last != '.' && last != '!' && last != '?') {
            body.append('.');
        }
        body.append(' ').append(sentence.strip());
    }
}
