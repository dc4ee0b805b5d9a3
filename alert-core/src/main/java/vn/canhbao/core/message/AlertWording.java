package vn.canhbao.core.message;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertStatus;
import vn.canhbao.core.alert.Cancellation;
import vn.canhbao.core.alert.Hazard;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.alert.RiskLevel;

/**
 * The phrases every channel shares, so that a warning reads the same on each: the drill or test mark, the kind of
 * warning with its hazard, the risk level, the headline and the time of issue in Vietnam's time zone.
 *
 * <p>A Cancel states no risk level and never repeats the headline of the warning it ends: that headline may be the
 * false alarm itself, and read again it sounds like news. It names the earlier warning by its hazard, short code and
 * time of issue instead, and says whether it was cancelled or was a mistake.
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

    /**
     * The kind of warning and its hazard in capitals: "CẢNH BÁO LŨ QUÉT", "HỦY CẢNH BÁO BÃO", "ĐÍNH CHÍNH CẢNH BÁO
     * BÃO".
     */
    static String kindAndHazard(Alert alert) {
        String hazard = alert.hazard().vietnameseName().toUpperCase(VIETNAMESE);
        return switch (alert.messageType()) {
            case ALERT -> "CẢNH BÁO " + hazard;
            case UPDATE -> "CẬP NHẬT CẢNH BÁO " + hazard;
            case CANCEL -> (alert.isCorrection() ? "ĐÍNH CHÍNH CẢNH BÁO " : "HỦY CẢNH BÁO ") + hazard;
        };
    }

    /** The risk level the message states: none for a Cancel, which ends a danger rather than grading one. */
    static Optional<RiskLevel> statedRisk(Alert alert) {
        return alert.messageType() == MessageType.CANCEL ? Optional.empty() : alert.risk();
    }

    /** "Cấp độ rủi ro 3", or null when the message states no level. */
    static String riskLevel(Alert alert) {
        return statedRisk(alert).map(r -> "Cấp độ rủi ro " + r.number()).orElse(null);
    }

    /**
     * What is happening, where and when: the alert's headline; for a Cancel, which earlier warning it ends and why
     * ({@link #cancelledWarning}). Null when an alert has a blank headline.
     *
     * @param time how the channel writes a time of issue
     */
    static String headline(Alert alert, Function<OffsetDateTime, String> time) {
        if (alert.cancellation() != null) {
            return cancelledWarning(
                    alert.hazard(), alert.cancellation(), alert.cancellation().cancelledCode(), time);
        }
        return present(alert.headline());
    }

    /**
     * "Tin cảnh báo bão mã K7M2QX phát lúc 14:30 12/10 là nhầm lẫn" or "… đã được hủy". The code is written "mã
     * K7M2QX", not "Mã tin K7M2QX", so that {@code ShortCode.in} finds the Cancel's own code, not this one.
     *
     * @param code the code as the channel writes it (the loudspeaker spells it out)
     */
    static String cancelledWarning(
            Hazard hazard, Cancellation cancellation, String code, Function<OffsetDateTime, String> time) {
        return "Tin cảnh báo " + hazard.vietnameseName().toLowerCase(VIETNAMESE) + " mã " + code + " phát lúc "
                + time.apply(cancellation.cancelledSent())
                + (cancellation.falseAlarm() ? " là nhầm lẫn" : " đã được hủy");
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
