package vn.canhbao.gateway.subscription;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.audience.Tier;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.message.SmsSegments;
import vn.canhbao.gateway.pipeline.ChannelAdapters;

/**
 * The two SMS of the page: the one-time code and, once subscribed, the confirmation with the unsubscribe link. They go
 * straight to the SMS adapter, once, while the person waits on the page: a code that arrives after a retry's back-off
 * is no use, and the page tells them to try again instead. The texts are in the public message bundle, in the
 * person's language, short enough for one or two segments.
 */
@Component
class SubscriptionSms {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionSms.class);

    /** A resident's phone bill and patience: a page's message takes at most two segments. */
    static final int MAX_SEGMENTS = 2;

    private final ChannelAdapters adapters;
    private final MessageSource messages;

    SubscriptionSms(ChannelAdapters adapters, MessageSource messages) {
        this.adapters = adapters;
        this.messages = messages;
    }

    boolean available() {
        return adapters.forChannel(Channel.SMS).isPresent();
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
                messages.getMessage("sms.zalo-code", new Object[] {code, validity.toMinutes()}, locale),
                validity);
    }

    /** Sends the confirmation with the unsubscribe link; true when the provider accepted it. */
    boolean sendSubscribed(String phone, Ward ward, String unsubscribeUrl, Locale locale) {
        return send(UUID.randomUUID(), phone, subscribedText(ward, unsubscribeUrl, locale), Duration.ofHours(1));
    }

    String codeText(String code, Duration validity, Locale locale) {
        return messages.getMessage("sms.code", new Object[] {code, validity.toMinutes()}, locale);
    }

    /** With the ward's name when it fits in {@value #MAX_SEGMENTS} segments, else without it. */
    String subscribedText(Ward ward, String unsubscribeUrl, Locale locale) {
        Object[] arguments = {ward.name(), unsubscribeUrl};
        String full = messages.getMessage("sms.subscribed", arguments, locale);
        return SmsSegments.segments(full) <= MAX_SEGMENTS
                ? full
                : messages.getMessage("sms.subscribed.short", arguments, locale);
    }

    private boolean send(UUID id, String phone, String body, Duration validity) {
        Optional<ChannelAdapter> sms = adapters.forChannel(Channel.SMS);
        if (sms.isEmpty()) {
            return false;
        }
        // The channel SPI carries alerts; a message of the page is an "alert" of its own, with the message's id.
        Dispatch dispatch = new Dispatch(
                id,
                new AlertId(id),
                UUID.nameUUIDFromBytes(phone.getBytes(StandardCharsets.UTF_8)),
                Channel.SMS,
                Tier.EVERYONE,
                phone,
                "",
                body,
                0,
                OffsetDateTime.now(ZoneOffset.UTC).plus(validity));
        SendResult result = sms.get().send(dispatch);
        if (result instanceof SendResult.Failed failed) {
            log.warn("Subscription SMS {} not sent: {} ({})", id, failed.reason(), failed.detail());
            return false;
        }
        return true;
    }
}
