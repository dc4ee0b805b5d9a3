package vn.canhbao.core.message;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertStatus;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.alert.RiskLevel;

/**
 * The text a loudspeaker reads out (by a vendor's text-to-speech or an announcer), written to be heard: whole
 * sentences, the risk level in words, the time of issue as spoken ("phát lúc 14 giờ 30 ngày 12 tháng 10", as
 * Decision 18/2021 asks a repeated warning to restate), and the key sentence said again at the end. A drill says
 * "Đây là tin diễn tập." first and last, so no one who tunes in late mistakes it for a real warning.
 *
 * <p>The short code is read out character by character ("Mã tin K 7 M 2 Q X"), so a listener can check the
 * warning or ask about it; brackets and hazard codes are not read. Abbreviations, units and ranges are written out as
 * they are said ({@link SpokenVietnamese}). The title, for the console, is the written header.
 *
 * <p>A Cancel's key sentence names the warning it ends, by code and spoken time of issue, and says it was cancelled
 * or was a mistake; it states no risk level and never reads the earlier headline again, which after a false alarm
 * would repeat the false warning.
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
        if (alert.cancellation() != null) {
            // Said once, before the key sentence: "Đính chính cảnh báo bão." / "Hủy cảnh báo bão."
            script.append(alert.isCorrection() ? "Đính chính cảnh báo " : "Hủy cảnh báo ")
                    .append(alert.hazard().vietnameseName().toLowerCase(AlertWording.VIETNAMESE))
                    .append(". ");
        }
        script.append(key).append(' ');
        if (alert.cancellation() == null) {
            appendSentence(script, alert.headline());
        }
        appendSentence(script, alert.description());
        script.append("Tin phát lúc ").append(spokenTime(alert.sent())).append(". ");
        script.append("Mã tin ").append(spelled(alert.shortCode())).append(". ");
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
     * what to do. "Cảnh báo lũ quét, cấp độ rủi ro ba, rủi ro lớn. Người dân ven suối di chuyển ngay." For a Cancel:
     * which warning it ends and why, then what is true now. "Tin cảnh báo bão mã K 7 M 2 Q X phát lúc 14 giờ 30 ngày
     * 12 tháng 10 là nhầm lẫn. Không có bão, người dân sinh hoạt bình thường."
     */
    static String keySentence(Alert alert) {
        StringBuilder key = new StringBuilder();
        if (alert.cancellation() != null) {
            String cancelled = AlertWording.cancelledWarning(
                    alert.hazard(),
                    alert.cancellation(),
                    spelled(alert.cancellation().cancelledCode()),
                    LoudspeakerScript::spokenTime);
            key.append(cancelled).append('.');
        } else {
            key.append(alert.messageType() == MessageType.UPDATE ? "Cập nhật cảnh báo " : "Cảnh báo ")
                    .append(alert.hazard().vietnameseName().toLowerCase(AlertWording.VIETNAMESE));
            AlertWording.statedRisk(alert).ifPresent(r -> key.append(", ").append(spokenLevel(r)));
            key.append('.');
        }
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

    /** "K 7 M 2 Q X": a code read one character at a time. */
    static String spelled(String code) {
        return String.join(" ", code.split(""));
    }

    /** "14 giờ 30 ngày 12 tháng 10", in Vietnam's time; "7 giờ 05 ngày 3 tháng 9". */
    static String spokenTime(OffsetDateTime sent) {
        ZonedDateTime time = AlertWording.inVietnam(sent);
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
