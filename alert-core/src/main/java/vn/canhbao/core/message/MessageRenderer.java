package vn.canhbao.core.message;

import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.Cancellation;
import vn.canhbao.core.alert.Hazard;
import vn.canhbao.core.delivery.Channel;

/**
 * Renders an alert as the text each channel sends, within the channel's limits: SMS to a segment budget
 * ({@link SmsComposer}, the variant chosen by the ward's {@link SmsPolicy} as {@link SmsChoice}), Zalo's full text
 * ({@link ZaloText}), a push title and body ({@link PushNotification}) and the loudspeaker's spoken script
 * ({@link LoudspeakerScript}) and the cell broadcast text ({@link BroadcastComposer}, encoded into pages by the
 * adapter).
 *
 * <p>Every message states what kind of warning it is, the hazard, the headline (what, where, when), the risk level,
 * what to do, the alert's short code and the time of issue (Decision 18/2021 asks that a repeated warning restate when
 * it was issued). A Cancel names the warning it ends by its code and time of issue, says whether it was cancelled or
 * was a mistake, and states no risk level. Exercises and tests say so first on every channel, so a drill can never be
 * mistaken for a real warning. Everything is proper Vietnamese with diacritics, except the không-dấu SMS.
 */
public final class MessageRenderer {

    private final SmsComposer sms = new SmsComposer();

    /** Renders {@code alert} for {@code channel}; the SMS is the variant {@code smsPolicy} chooses. */
    public RenderedMessage render(Alert alert, Channel channel, SmsPolicy smsPolicy) {
        return switch (channel) {
            case SMS -> {
                SmsText text = sms(alert, smsPolicy).sent();
                yield new RenderedMessage(SmsComposer.title(alert, text.withoutDiacritics()), text.text());
            }
            case ZALO -> ZaloText.render(alert);
            case PUSH -> PushNotification.render(alert);
            case LOUDSPEAKER -> LoudspeakerScript.render(alert);
            case CELL_BROADCAST -> BroadcastComposer.render(alert);
        };
    }

    /** Which SMS a ward with {@code smsPolicy} sends for {@code alert}, and why. */
    public SmsChoice sms(Alert alert, SmsPolicy smsPolicy) {
        return SmsChoice.of(smsPreview(alert), smsPolicy);
    }

    /** Both SMS variants with their costs, for a preview before issuing. */
    public SmsPreview smsPreview(Alert alert) {
        return sms.preview(alert);
    }

    /**
     * The headline a Cancel of a {@code hazard} warning keeps (for CAP and the console): "Tin cảnh báo bão mã K7M2QX
     * phát lúc 14:30 ngày 12/10/2026 là nhầm lẫn". The channels write it each in their own way.
     */
    public static String cancelHeadline(Hazard hazard, Cancellation cancellation) {
        return AlertWording.cancelledWarning(
                hazard, cancellation, cancellation.cancelledCode(), AlertWording::fullTime);
    }
}
