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
 * boundary, then the headline; the essentials are never cut.
 */
public final class ZaloText {

    public static final int MAX_CHARACTERS = 2000;

    private ZaloText() {}

    public static RenderedMessage render(Alert alert) {
        String header = header(alert);
        String headline = AlertWording.present(alert.headline());
        String description = AlertWording.present(alert.description());
        if (fits(alert, header, headline, description)) {
            return new RenderedMessage(header, text(alert, header, headline, description));
        }
        if (description != null) {
            Optional<String> shortened =
                    Shortening.longestFitting(description, "…", d -> fits(alert, header, headline, d));
            if (shortened.isPresent() || fits(alert, header, headline, null)) {
                return new RenderedMessage(header, text(alert, header, headline, shortened.orElse(null)));
            }
        }
        String kept = headline == null
                ? null
                : Shortening.longestFitting(headline, "…", h -> fits(alert, header, h, null))
                        .orElse(null);
        return new RenderedMessage(header, text(alert, header, kept, null));
    }

    /** "[DIỄN TẬP] CẢNH BÁO LŨ QUÉT – Cấp độ rủi ro 3 (rủi ro lớn)". */
    static String header(Alert alert) {
        String header = AlertWording.mark(alert) + AlertWording.kindAndHazard(alert);
        return alert.risk()
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
            lines.add("Khuyến cáo: " + AlertWording.asSentence(instruction));
        }
        String sender = AlertWording.present(alert.senderName());
        lines.add("Mã tin " + alert.shortCode() + ". Phát lúc " + AlertWording.fullTime(alert.sent())
                + (sender == null ? "" : " – " + sender) + ".");
        alert.expiry().ifPresent(expires -> lines.add("Hiệu lực đến " + AlertWording.fullTime(expires) + "."));
        if (alert.status() == AlertStatus.EXERCISE) {
            lines.add("Đây là tin diễn tập, không phải cảnh báo thật.");
        } else if (alert.status() == AlertStatus.TEST) {
            lines.add("Đây là tin thử nghiệm, không phải cảnh báo thật.");
        }
        return String.join("\n", lines);
    }
}
