package vn.canhbao.core.message;

import java.time.OffsetDateTime;
import java.util.List;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.AlertStatus;
import vn.canhbao.core.alert.CancelReason;
import vn.canhbao.core.alert.Cancellation;
import vn.canhbao.core.alert.Certainty;
import vn.canhbao.core.alert.Hazard;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.alert.RiskLevel;
import vn.canhbao.core.alert.Severity;
import vn.canhbao.core.alert.Urgency;

/** Warnings as wards write them, for the rendering tests. */
public final class SampleAlerts {

    /** 07:30 UTC is 14:30 in Vietnam. */
    static final OffsetDateTime SENT = OffsetDateTime.parse("2026-10-12T07:30:00Z");

    static final String BAO_DESCRIPTION = "Hồi 13 giờ ngày 12/10, vị trí tâm bão ở khoảng 19,5 độ Vĩ Bắc; 107,8 độ"
            + " Kinh Đông, cách Hải Phòng khoảng 150 km về phía Đông Nam. Sức gió mạnh nhất vùng gần tâm bão mạnh cấp"
            + " 12 (118–133 km/h), giật cấp 15. Trong 12 giờ tới, bão di chuyển theo hướng Tây Tây Bắc, mỗi giờ đi"
            + " được 15–20 km, đi vào đất liền khu vực Hải Phòng – Quảng Ninh. Vùng ven biển có nước dâng do bão cao"
            + " 2–3 m, sóng biển cao 6–8 m, biển động dữ dội; mưa to đến rất to 200–300 mm.";

    private SampleAlerts() {}

    /** Lũ quét, Xã Cao Minh, level 3. */
    public static Alert luQuetCaoMinh() {
        return alert(
                MessageType.ALERT,
                AlertStatus.ACTUAL,
                Hazard.LU_QUET,
                RiskLevel.LEVEL_3,
                "Nguy cơ lũ quét trên các suối nhỏ tại Xã Cao Minh trong 6 giờ tới",
                "Mưa lớn 100–150 mm trong 24 giờ qua, đất đã bão hòa.",
                "Người dân ven suối di chuyển ngay đến nơi an toàn, không qua ngầm tràn.",
                List.of());
    }

    /** Lũ quét, Xã Cao Minh, level 4: the same warning at the next level, to happen at once. */
    public static Alert luQuetCaoMinhLevel4() {
        return alert(
                MessageType.ALERT,
                AlertStatus.ACTUAL,
                Hazard.LU_QUET,
                RiskLevel.LEVEL_4,
                "Nguy cơ lũ quét trên các suối nhỏ tại Xã Cao Minh trong 6 giờ tới",
                "Mưa lớn 100–150 mm trong 24 giờ qua, đất đã bão hòa.",
                "Người dân ven suối di chuyển ngay đến nơi an toàn, không qua ngầm tràn.",
                List.of());
    }

    /** Bão, Phường Bạch Đằng, level 4, with a long description. */
    static Alert baoBachDang() {
        return alert(
                MessageType.ALERT,
                AlertStatus.ACTUAL,
                Hazard.BAO,
                RiskLevel.LEVEL_4,
                "Bão số 5 đổ bộ trực tiếp vào Phường Bạch Đằng trong đêm nay, gió giật cấp 15, nước dâng 2–3 m",
                BAO_DESCRIPTION,
                "Người dân ở nhà yếu, ven sông, ven biển sơ tán ngay đến điểm tránh trú của phường trước 18 giờ;"
                        + " chằng chống nhà cửa, không ra đường khi bão đổ bộ.",
                List.of());
    }

    /** The storm headline of issue 14, with the Bão template's instruction, in a demo ward. */
    public static Alert baoHaiPhong(String wardCode, String senderName) {
        HazardTemplate bao = HazardTemplate.of(Hazard.BAO).orElseThrow();
        return new Alert(
                AlertId.random(),
                wardCode,
                MessageType.ALERT,
                AlertStatus.ACTUAL,
                Hazard.BAO,
                RiskLevel.LEVEL_4,
                Severity.SEVERE,
                Urgency.IMMEDIATE,
                Certainty.LIKELY,
                STORM_HEADLINE,
                null,
                bao.instruction(),
                senderName,
                SENT,
                SENT.plusHours(24),
                "K7M2QX",
                List.of(),
                null);
    }

    static final String STORM_HEADLINE = "Bão số 3 đổ bộ vào Hải Phòng trong 3 giờ tới, gió giật cấp 14";

    /** A plain cancel (the danger is over) of {@code original}, issued 3 hours later with its own code. */
    public static Alert cancelOf(Alert original) {
        return cancel(original, CancelReason.ENDED, "Người dân có thể trở về nhà, chú ý sạt lở còn sót lại.");
    }

    /** A correction of {@code original}: it was a false alarm. */
    public static Alert correctionOf(Alert original, String correction) {
        return cancel(original, CancelReason.FALSE_ALARM, correction);
    }

    private static Alert cancel(Alert original, CancelReason reason, String instruction) {
        Cancellation cancellation = Cancellation.of(original, reason);
        return new Alert(
                AlertId.random(),
                original.wardCode(),
                MessageType.CANCEL,
                original.status(),
                original.hazard(),
                original.riskLevel(),
                original.severity(),
                original.urgency(),
                original.certainty(),
                MessageRenderer.cancelHeadline(original.hazard(), cancellation),
                null,
                instruction,
                original.senderName(),
                original.sent().plusHours(3),
                original.expires(),
                "P3RX9Q",
                List.of(original.id()),
                cancellation);
    }

    static Alert updateOf(Alert original) {
        return alert(
                MessageType.UPDATE,
                original.status(),
                original.hazard(),
                RiskLevel.LEVEL_4,
                "Mưa tiếp tục, nguy cơ lũ quét tăng lên cấp độ 4 tại Xã Cao Minh",
                "Lượng mưa 3 giờ qua trên 80 mm.",
                "Người dân ven suối sơ tán ngay, không quay lại nhà.",
                List.of(original.id()));
    }

    public static Alert asExercise(Alert alert) {
        return with(alert, AlertStatus.EXERCISE, alert.instruction(), alert.description());
    }

    static Alert withInstruction(Alert alert, String instruction) {
        return with(alert, alert.status(), instruction, alert.description());
    }

    static Alert withDescription(Alert alert, String description) {
        return with(alert, alert.status(), alert.instruction(), description);
    }

    /** A bare alert of any kind, status, hazard and level. */
    static Alert of(MessageType type, AlertStatus status, Hazard hazard, RiskLevel level) {
        Alert alert =
                alert(MessageType.ALERT, status, hazard, level, "Tiêu đề", null, "Làm theo hướng dẫn.", List.of());
        return switch (type) {
            case ALERT -> alert;
            case UPDATE ->
                alert(type, status, hazard, level, "Tiêu đề", null, "Làm theo hướng dẫn.", List.of(AlertId.random()));
            case CANCEL -> correctionOf(alert, "Làm theo hướng dẫn.");
        };
    }

    static Alert withHeadline(Alert a, String headline) {
        return new Alert(
                a.id(),
                a.wardCode(),
                a.messageType(),
                a.status(),
                a.hazard(),
                a.riskLevel(),
                a.severity(),
                a.urgency(),
                a.certainty(),
                headline,
                a.description(),
                a.instruction(),
                a.senderName(),
                a.sent(),
                a.expires(),
                a.shortCode(),
                a.references(),
                a.cancellation());
    }

    private static Alert with(Alert a, AlertStatus status, String instruction, String description) {
        return new Alert(
                a.id(),
                a.wardCode(),
                a.messageType(),
                status,
                a.hazard(),
                a.riskLevel(),
                a.severity(),
                a.urgency(),
                a.certainty(),
                a.headline(),
                description,
                instruction,
                a.senderName(),
                a.sent(),
                a.expires(),
                a.shortCode(),
                a.references(),
                a.cancellation());
    }

    private static Alert alert(
            MessageType type,
            AlertStatus status,
            Hazard hazard,
            RiskLevel level,
            String headline,
            String description,
            String instruction,
            List<AlertId> references) {
        return new Alert(
                AlertId.random(),
                "01879",
                type,
                status,
                hazard,
                level,
                level == null ? Severity.UNKNOWN : level.severity(),
                Urgency.IMMEDIATE,
                Certainty.LIKELY,
                headline,
                description,
                instruction,
                "Ban Chỉ huy PCTT và TKCN xã Cao Minh",
                SENT,
                SENT.plusHours(12),
                "K7M2QX",
                references,
                null);
    }
}
