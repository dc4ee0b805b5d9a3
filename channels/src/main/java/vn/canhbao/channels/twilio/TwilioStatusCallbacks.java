package vn.canhbao.channels.twilio;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.canhbao.channels.DeliveryReceipt;
import vn.canhbao.core.delivery.DeliveryStatus;

/**
 * Parses Twilio's message status callback (a form POST to the {@code StatusCallback} URL) into a
 * {@link DeliveryReceipt}: https://www.twilio.com/docs/messaging/guides/track-outbound-message-status. Verify the
 * request with {@link TwilioSignature} first.
 *
 * <p>The parameters read: {@code MessageSid} (older callbacks: {@code SmsSid}), {@code MessageStatus}
 * ({@code SmsStatus}) and {@code ErrorCode}; all others are ignored, as Twilio adds parameters without notice.
 * The statuses map as: {@code queued}, {@code accepted}, {@code scheduled}, {@code sending}, {@code sent} →
 * {@code ACCEPTED} (on their way; in Vietnam delivery reports are only the SMSC's acknowledgement, so {@code sent} is
 * often the last word); {@code delivered} and {@code read} → {@code DELIVERED}; {@code undelivered} →
 * {@code UNDELIVERED}; {@code failed} and {@code canceled} → {@code FAILED}. Twilio does not date the event (its
 * {@code RawDlrDoneDate} has no time zone), so the receipt carries the time it was received.
 */
public final class TwilioStatusCallbacks {

    private TwilioStatusCallbacks() {}

    /** The receipt, received now, without a dispatch id. */
    public static DeliveryReceipt parse(Map<String, String> form) {
        return parse(form, null, Instant.now());
    }

    /**
     * @param dispatchParameter the value of the callback URL's {@value TwilioSmsAdapter#DISPATCH_PARAMETER} query
     *     parameter, which {@link TwilioSmsAdapter} appends to every {@code StatusCallback}; null when absent. A
     *     value that is not a UUID is ignored: the receipt still finds its dispatch by the message SID.
     * @throws IllegalArgumentException when the message SID or status is missing, or the status is unknown
     */
    public static DeliveryReceipt parse(Map<String, String> form, String dispatchParameter, Instant receivedAt) {
        String sid = first(form, "MessageSid", "SmsSid");
        String status = first(form, "MessageStatus", "SmsStatus");
        if (sid == null) {
            throw new IllegalArgumentException("Twilio status callback without MessageSid");
        }
        if (status == null) {
            throw new IllegalArgumentException("Twilio status callback for " + sid + " without MessageStatus");
        }
        String errorCode = first(form, "ErrorCode");
        String normalised = status.toLowerCase(Locale.ROOT);
        return new DeliveryReceipt(
                sid,
                dispatchId(dispatchParameter),
                statusOf(normalised, sid),
                errorCode != null ? errorCode : normalised,
                receivedAt);
    }

    /** The receipt of a callback to {@code requestUrl}, whose query carries the dispatch id. */
    public static DeliveryReceipt parse(URI requestUrl, Map<String, String> form, Instant receivedAt) {
        return parse(form, dispatchParameter(requestUrl).orElse(null), receivedAt);
    }

    /** The {@value TwilioSmsAdapter#DISPATCH_PARAMETER} query parameter of a callback URL, if it has one. */
    public static Optional<String> dispatchParameter(URI requestUrl) {
        String query = requestUrl.getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && TwilioSmsAdapter.DISPATCH_PARAMETER.equals(pair.substring(0, eq))) {
                return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static DeliveryStatus statusOf(String status, String sid) {
        return switch (status) {
            case "queued", "accepted", "scheduled", "sending", "sent" -> DeliveryStatus.ACCEPTED;
            case "delivered", "read" -> DeliveryStatus.DELIVERED;
            case "undelivered" -> DeliveryStatus.UNDELIVERED;
            case "failed", "canceled" -> DeliveryStatus.FAILED;
            default ->
                throw new IllegalArgumentException(
                        "Twilio status callback for " + sid + " with unknown MessageStatus " + status);
        };
    }

    private static UUID dispatchId(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(parameter.strip());
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    private static String first(Map<String, String> form, String... names) {
        for (String name : names) {
            String value = form.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
