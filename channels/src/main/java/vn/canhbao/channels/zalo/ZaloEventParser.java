package vn.canhbao.channels.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Zalo OA webhook body into a {@link ZaloEvent}. Check the signature first ({@link ZaloWebhookSignature}):
 * the parser trusts what it reads.
 *
 * <p>Shapes (see docs/reference section 3.4): user events carry {@code sender.id} (the user) and {@code message};
 * {@code follow} carries {@code follower.id}; {@code user_received_message} and {@code user_seen_message} have the OA
 * as {@code sender} and the user as {@code recipient}. A ZNS receipt comes nested ({@code message.msg_id},
 * {@code message.tracking_id}, as chatwoot/chatwoot {@code app/services/zalo/zns_delivery_service.rb} reads it) or
 * flat ({@code msg_id}, {@code tracking_id}, {@code delivery_time}, {@code recipient} = phone); both are accepted.
 */
public final class ZaloEventParser {

    private ZaloEventParser() {}

    /**
     * The event in {@code rawBody}; one without a timestamp is dated now.
     *
     * @throws IllegalArgumentException if the body is not a JSON object, or an event the gateway acts on lacks its user
     */
    public static ZaloEvent parse(String rawBody) {
        return parse(rawBody, Clock.systemUTC());
    }

    /** As {@link #parse(String)}, with {@code clock} dating an event whose body has no timestamp. */
    public static ZaloEvent parse(String rawBody, Clock clock) {
        JsonNode body;
        try {
            body = rawBody == null ? null : ZaloHttp.JSON.readTree(rawBody);
        } catch (IOException notJson) {
            throw new IllegalArgumentException("a Zalo webhook body must be JSON");
        }
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("a Zalo webhook body must be a JSON object");
        }
        String eventName = body.path("event_name").asText("");
        JsonNode message = body.path("message");
        return switch (eventName) {
            case "follow" ->
                new ZaloEvent.Followed(
                        required(
                                firstText(
                                        body.path("follower").path("id"),
                                        body.path("sender").path("id")),
                                eventName),
                        timestamp(body.path("timestamp"), clock));
            case "unfollow" ->
                new ZaloEvent.Unfollowed(
                        required(
                                firstText(
                                        body.path("follower").path("id"),
                                        body.path("sender").path("id")),
                                eventName),
                        timestamp(body.path("timestamp"), clock));
            case "user_send_text" ->
                new ZaloEvent.TextReceived(
                        required(text(body.path("sender").path("id")), eventName),
                        text(message.path("msg_id")),
                        text(message.path("text")),
                        timestamp(body.path("timestamp"), clock));
            case "user_received_message" -> received(body, message, eventName, clock);
            case "user_seen_message" ->
                new ZaloEvent.MessageSeen(
                        recipient(body),
                        msgIds(
                                message.path("msg_ids"),
                                message.path("msg_id"),
                                body.path("msg_ids"),
                                body.path("msg_id")),
                        timestamp(body.path("timestamp"), clock));
            default -> new ZaloEvent.Other(eventName);
        };
    }

    private static ZaloEvent received(JsonNode body, JsonNode message, String eventName, Clock clock) {
        List<String> msgIds = msgIds(message.path("msg_id"), message.path("msg_ids"), body.path("msg_id"));
        if (msgIds.isEmpty()) {
            throw new IllegalArgumentException(eventName + " without msg_id");
        }
        String trackingId = firstText(message.path("tracking_id"), body.path("tracking_id"));
        JsonNode at = body.path("delivery_time").isMissingNode() ? body.path("timestamp") : body.path("delivery_time");
        return new ZaloEvent.MessageReceived(recipient(body), msgIds, trackingId, timestamp(at, clock));
    }

    /** The user of a received/seen event: {@code recipient.id}, or a flat {@code recipient} (a ZNS phone). */
    private static String recipient(JsonNode body) {
        JsonNode recipient = body.path("recipient");
        return recipient.isObject() ? text(recipient.path("id")) : text(recipient);
    }

    private static List<String> msgIds(JsonNode... candidates) {
        List<String> ids = new ArrayList<>();
        for (JsonNode candidate : candidates) {
            if (candidate.isArray()) {
                candidate.forEach(id -> add(ids, text(id)));
            } else {
                add(ids, text(candidate));
            }
        }
        return ids;
    }

    private static void add(List<String> ids, String id) {
        if (id != null && !ids.contains(id)) {
            ids.add(id);
        }
    }

    /** Zalo's timestamps are epoch milliseconds, usually as a string ("1699003881354"). */
    private static Instant timestamp(JsonNode node, Clock clock) {
        String text = text(node);
        if (text != null) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(text.trim()));
            } catch (NumberFormatException notMillis) {
                // fall through to now
            }
        }
        return clock.instant();
    }

    private static String required(String value, String eventName) {
        if (value == null) {
            throw new IllegalArgumentException(eventName + " without a user id");
        }
        return value;
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            String value = text(node);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String value = node.asText();
        return value.isBlank() ? null : value;
    }
}
