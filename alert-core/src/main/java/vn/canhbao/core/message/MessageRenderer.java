package vn.canhbao.core.message;

import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.delivery.Channel;

/**
 * Renders an alert as the text each channel sends, within the channel's limits: SMS to a segment budget
 * ({@link SmsComposer}), Zalo's full text ({@link ZaloText}), a push title and body ({@link PushNotification}) and
 * the loudspeaker's spoken script ({@link LoudspeakerScript}).
 *
 * <p>Every message states what kind of warning it is, the hazard, the risk level, what to do, and, where written,
 * the alert's short code and the time of issue (Decision 18/2021 asks that a repeated warning restate when it was
 * issued). Exercises and tests say so first on every channel, so a drill can never be mistaken for a real warning.
 * Everything is proper Vietnamese with diacritics, except the không-dấu SMS a ward may choose.
 */
public final class MessageRenderer {

    private final SmsComposer sms = new SmsComposer();

    /**
     * Renders {@code alert} for {@code channel}; SMS with the default segment budget.
     *
     * @param withoutDiacritics send the không-dấu SMS variant (SMS only; the other channels ignore it)
     */
    public RenderedMessage render(Alert alert, Channel channel, boolean withoutDiacritics) {
        return switch (channel) {
            case SMS ->
                new RenderedMessage(
                        SmsComposer.title(alert, withoutDiacritics),
                        sms.compose(alert, withoutDiacritics).text());
            case ZALO -> ZaloText.render(alert);
            case PUSH -> PushNotification.render(alert);
            case LOUDSPEAKER -> LoudspeakerScript.render(alert);
        };
    }

    /** The SMS of {@code alert} with its cost, for the ward's choice and default budget. */
    public SmsText sms(Alert alert, boolean withoutDiacritics) {
        return sms.compose(alert, withoutDiacritics);
    }

    /** Both SMS variants with their costs, for a preview before issuing. */
    public SmsPreview smsPreview(Alert alert) {
        return sms.preview(alert);
    }
}
