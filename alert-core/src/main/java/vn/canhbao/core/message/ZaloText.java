package vn.canhbao.core.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertStatus;

/**
 * The Zalo OA consultation message of an alert: the full warning with diacritics, description included, one part
 * a line. The header line is also the title.
 *
 * <p>Zalo takes at most {@value #MAX_CHARACTERS} characters of text in a consultation message ({@code
 * /v3.0/oa/message/cs}, {@code message.text}); source: eSMS's documentation of its wrapper of that API,
 * https://developers.esms.vn/en/esms-api/send-sms-api/send-zalo-message-consulting-in-text-form (Zalo's own page
 * was not reachable, so this is a secondary source). Over the limit the description is shortened at a word
 * boundary, then left out; the headline and the other essentials are never cut. A Cancel names the warning it ends
 * (code and time of issue) instead of repeating its headline, and states no risk level or expiry.
 */
public final class ZaloText {

    public static final int MAX_CHARACTERS = 2000;

    private ZaloText() {}

    public static RenderedMessage render(Alert alert) {
        String header = header(alert);
        String headline = AlertWording.headline(alert, AlertWording::fullTime);
        String description = AlertWording.present(alert.description());
        if (fits(alert, header, headline, description) || description == null) {
            return new RenderedMessage(header, text(alert, header, headline, description));
        }
        Optional<String> shortened = Shortening.longestFitting(description, "…", d -> fits(alert, header, headline, d));
        return new RenderedMessage(header, text(alert, header, headline, shortened.orElse(null)));
    }

    /** "[DIỄN TẬP] CẢNH BÁO LŨ QUÉT – Cấp độ rủi ro 3 (rủi ro lớn)". */
    static String header(Alert alert) {
        String header = AlertWording.mark(alert) + AlertWording.kindAndHazard(alert);
        return AlertWording.statedRisk(alert)
                .map(r -> header + " – Cấp độ rủi ro " + r.number() + " (" + r.meaning() + ")")
                .orElse(header);
    }

    private static boolean fits(Alert alert, String header, String headline, String description) {
        return text(alert, header, headline, description).length() <= MAX_CHARACTERS;
    }

    private static String text(Alert alert, String header, String headline, String description) {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        if (headline != null) {
            lines.add(AlertWording.asSentence(headline));
        }
        if (description != null) {
            lines.add(AlertWording.asSentence(description));
        }
        String instruction = AlertWording.present(alert.instruction());
        if (instruction != null) {
            // A Cancel's instruction is what is true now, not advice: "Không có bão, sinh hoạt bình thường."
            String label = alert.cancellation() == null ? "Khuyến cáo: " : "";
            lines.add(label + AlertWording.asSentence(instruction));
        }
        String sender = AlertWording.present(alert.senderName());
        lines.add("Mã tin " + alert.shortCode() + ". Phát lúc " + AlertWording.fullTime(alert.sent())
                + (sender == null ? "" : " – " + sender) + ".");
        alert.expiry()
                .filter(expires -> alert.cancellation() == null)
                .ifPresent(expires -> lines.add("Hiệu lực đến " + AlertWording.fullTime(expires) + "."));
        if (alert.status() == AlertStatus.EXERCISE) {
            lines.add("Đây là tin diễn tập, không phải cảnh báo thật.");
        } else if (alert.status() == AlertStatus.TEST) {
            lines.add("Đây là tin thử nghiệm, không phải cảnh báo thật.");
        }
        return String.join("\n", lines);
    }
}
