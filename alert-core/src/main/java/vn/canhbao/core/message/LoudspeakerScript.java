package vn.canhbao.core.message;

import java.time.ZonedDateTime;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertStatus;
import vn.canhbao.core.alert.RiskLevel;

/**
 * The text a loudspeaker reads out (by a vendor's text-to-speech or an announcer), written to be heard: whole
 * sentences, the risk level in words, the time of issue as spoken ("phát lúc 14 giờ 30 ngày 12 tháng 10", as
 * Decision 18/2021 asks a repeated warning to restate), and the key sentence said again at the end. A drill says
 * "Đây là tin diễn tập." first and last, so no one who tunes in late mistakes it for a real warning.
 *
 * <p>No codes are read: brackets, the short code and hazard codes mean nothing to a listener; the short code is in
 * every written message. Abbreviations, units and ranges are written out as they are said ({@link SpokenVietnamese}). The title, for the console, is the written header.
 */
public final class LoudspeakerScript {

    static final String EXERCISE_SENTENCE = "Đây là tin diễn tập.";
    static final String TEST_SENTENCE = "Đây là tin thử nghiệm.";
    private static final String[] NUMBER_WORDS = {"một", "hai", "ba", "bốn", "năm"};

    private LoudspeakerScript() {}

    public static RenderedMessage render(Alert alert) {
        String bookend = bookend(alert);
        String key = keySentence(alert);
        StringBuilder script = new StringBuilder();
        if (bookend != null) {
            script.append(bookend).append(' ');
        }
        String sender = AlertWording.present(alert.senderName());
        if (sender != null) {
            script.append(AlertWording.asSentence(sender + " thông báo")).append(' ');
        }
        script.append(key).append(' ');
        appendSentence(script, alert.headline());
        appendSentence(script, alert.description());
        script.append("Tin phát lúc ").append(spokenTime(alert)).append(". ");
        script.append("Xin nhắc lại: ").append(lowerFirst(key));
        if (bookend != null) {
            script.append(' ').append(bookend);
        }
        return new RenderedMessage(
                AlertWording.mark(alert) + AlertWording.kindAndHazard(alert),
                SpokenVietnamese.spoken(script.toString()));
    }

    /**
     * What must be heard even by someone who hears nothing else: the kind of warning, its hazard and risk level, and
     * what to do. "Cảnh báo lũ quét, cấp độ rủi ro ba, rủi ro lớn. Người dân ven suối di chuyển ngay."
     */
    static String keySentence(Alert alert) {
        String kind =
                switch (alert.messageType()) {
                    case ALERT -> "Cảnh báo ";
                    case UPDATE -> "Cập nhật cảnh báo ";
                    case CANCEL -> "Hủy cảnh báo ";
                };
        StringBuilder key =
                new StringBuilder(kind).append(alert.hazard().vietnameseName().toLowerCase(AlertWording.VIETNAMESE));
        alert.risk().ifPresent(r -> key.append(", ").append(spokenLevel(r)));
        key.append('.');
        String instruction = AlertWording.present(alert.instruction());
        if (instruction != null) {
            key.append(' ').append(AlertWording.asSentence(instruction));
        }
        return key.toString();
    }

    /** "cấp độ rủi ro ba, rủi ro lớn"; level 5 is "cấp độ rủi ro năm, thảm họa". */
    static String spokenLevel(RiskLevel level) {
        return "cấp độ rủi ro " + NUMBER_WORDS[level.number() - 1] + ", " + level.meaning();
    }

    /** "14 giờ 30 ngày 12 tháng 10", in Vietnam's time; "7 giờ 05 ngày 3 tháng 9". */
    static String spokenTime(Alert alert) {
        ZonedDateTime time = AlertWording.inVietnam(alert.sent());
        return time.getHour() + " giờ " + String.format("%02d", time.getMinute()) + " ngày " + time.getDayOfMonth()
                + " tháng " + time.getMonthValue();
    }

    private static String bookend(Alert alert) {
        if (alert.status() == AlertStatus.EXERCISE) {
            return EXERCISE_SENTENCE;
        }
        return alert.status() == AlertStatus.TEST ? TEST_SENTENCE : null;
    }

    private static void appendSentence(StringBuilder script, String text) {
        String present = AlertWording.present(text);
        if (present != null) {
            script.append(AlertWording.asSentence(present)).append(' ');
        }
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(AlertWording.VIETNAMESE) + text.substring(1);
    }
}
