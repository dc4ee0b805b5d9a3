package vn.canhbao.gateway.subscription;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.message.SmsSegments;

/**
 * The two SMS of the page: the one-time code and, once subscribed, the confirmation with the unsubscribe link. They go
 * at once, within the SMS account's limits, a failing provider tried again for as long as a person waits on a page
 * ({@link StandaloneMessages#PATIENCE}); after that the page tells them to try again. The texts are in the public message bundle, in the
 * person's language, short enough for one or two segments.
 */
@Component
class SubscriptionSms {

    /** A resident's phone bill and patience: a page's message takes at most two segments. */
    static final int MAX_SEGMENTS = 2;

    private final StandaloneMessages messages;
    private final MessageSource words;

    SubscriptionSms(StandaloneMessages messages, MessageSource words) {
        this.messages = messages;
        this.words = words;
    }

    boolean available() {
        return messages.available(Channel.SMS);
    }

    /** Sends the code; true when the provider accepted it. */
    boolean sendCode(UUID codeId, String phone, String code, Duration validity, Locale locale) {
        return send(codeId, phone, codeText(code, validity, locale), validity);
    }

    /** Sends the code that links a Zalo follower to {@code phone}; true when the provider accepted it. */
    boolean sendZaloCode(UUID codeId, String phone, String code, Duration validity, Locale locale) {
        return send(
                codeId,
                phone,
                words.getMessage("sms.zalo-code", new Object[] {code, validity.toMinutes()}, locale),
                validity);
    }

    /** Sends the confirmation with the unsubscribe link; true when the provider accepted it. */
    boolean sendSubscribed(String phone, Ward ward, String unsubscribeUrl, Locale locale) {
        return send(UUID.randomUUID(), phone, subscribedText(ward, unsubscribeUrl, locale), Duration.ofHours(1));
    }

    String codeText(String code, Duration validity, Locale locale) {
        return words.getMessage("sms.code", new Object[] {code, validity.toMinutes()}, locale);
    }

    /** With the ward's name when it fits in {@value #MAX_SEGMENTS} segments, else without it. */
    String subscribedText(Ward ward, String unsubscribeUrl, Locale locale) {
        Object[] arguments = {ward.name(), unsubscribeUrl};
        String full = words.getMessage("sms.subscribed", arguments, locale);
        return SmsSegments.segments(full) <= MAX_SEGMENTS
                ? full
                : words.getMessage("sms.subscribed.short", arguments, locale);
    }

    private boolean send(UUID id, String phone, String body, Duration validity) {
        return messages.send(id, Channel.SMS, phone, phone, body, validity);
    }
}
