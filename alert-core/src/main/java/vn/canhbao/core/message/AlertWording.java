package vn.canhbao.core.message;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertStatus;

/**
 * The phrases every channel shares, so that a warning reads the same on each: the drill or test mark, the kind of
 * warning with its hazard, the risk level and the time of issue in Vietnam's time zone.
 */
final class AlertWording {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    static final String EXERCISE_MARK = "[DIỄN TẬP]";
    static final String TEST_MARK = "[THỬ NGHIỆM]";

    private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM");
    private static final DateTimeFormatter FULL_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private AlertWording() {}

    /** "[DIỄN TẬP] " for an exercise, "[THỬ NGHIỆM] " for a test, nothing for a real warning. */
    static String mark(Alert alert) {
        if (alert.status() == AlertStatus.EXERCISE) {
            return EXERCISE_MARK + " ";
        }
        return alert.status() == AlertStatus.TEST ? TEST_MARK + " " : "";
    }

    /** The kind of warning and its hazard in capitals: "CẢNH BÁO LŨ QUÉT", "HỦY CẢNH BÁO BÃO". */
    static String kindAndHazard(Alert alert) {
        String hazard = alert.hazard().vietnameseName().toUpperCase(VIETNAMESE);
        return switch (alert.messageType()) {
            case ALERT -> "CẢNH BÁO " + hazard;
            case UPDATE -> "CẬP NHẬT CẢNH BÁO " + hazard;
            case CANCEL -> "HỦY CẢNH BÁO " + hazard;
        };
    }

    /** "Cấp độ rủi ro 3", or null when the alert has no level. */
    static String riskLevel(Alert alert) {
        return alert.risk().map(r -> "Cấp độ rủi ro " + r.number()).orElse(null);
    }

    /** "14:30 12/10": the issue time where space is short (SMS, push). */
    static String shortTime(OffsetDateTime time) {
        return SHORT_TIME.format(inVietnam(time));
    }

    /** "14:30 ngày 12/10/2026". */
    static String fullTime(OffsetDateTime time) {
        return FULL_TIME.format(inVietnam(time));
    }

    static ZonedDateTime inVietnam(OffsetDateTime time) {
        return time.atZoneSameInstant(VIETNAM);
    }

    /** The stripped text, or null when it is null or blank. */
    static String present(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The text ending in a full stop unless it already ends a sentence. */
    static String asSentence(String text) {
        return endsSentence(text) ? text : text + ".";
    }

    static boolean endsSentence(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…';
    }
}
