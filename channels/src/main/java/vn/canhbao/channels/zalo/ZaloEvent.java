package vn.canhbao.channels.zalo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.canhbao.channels.DeliveryReceipt;
import vn.canhbao.core.delivery.DeliveryStatus;

/**
 * One Zalo OA webhook event, as {@link ZaloEventParser} reads it: the few the gateway acts on, and {@link Other} for
 * the rest. Timestamps are Zalo's (epoch milliseconds in the body), or the parse time when the body has none.
 */
public sealed interface ZaloEvent {

    /** The delivery receipts this event carries: one per message for received and seen events, none otherwise. */
    default List<DeliveryReceipt> receipts() {
        return List.of();
    }

    /** {@code follow}: the user followed the OA; {@code userId} is the id to send consultation messages to. */
    record Followed(String userId, Instant timestamp) implements ZaloEvent {
        public Followed {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(timestamp, "timestamp");
        }
    }

    /** {@code unfollow}: the user left the OA. */
    record Unfollowed(String userId, Instant timestamp) implements ZaloEvent {
        public Unfollowed {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(timestamp, "timestamp");
        }
    }

    /**
     * {@code user_received_message}: the messages reached the user's device.
     *
     * @param userId the user (the event's {@code recipient}); for a ZNS receipt in the flat shape, the phone
     * @param trackingId the {@code tracking_id} we sent with a ZNS message (our dispatch id), or {@code null}
     */
    record MessageReceived(String userId, List<String> msgIds, String trackingId, Instant timestamp)
            implements ZaloEvent {
        public MessageReceived {
            msgIds = List.copyOf(msgIds);
            Objects.requireNonNull(timestamp, "timestamp");
        }

        @Override
        public List<DeliveryReceipt> receipts() {
            return ZaloEvent.receiptsFor(msgIds, trackingId, "received", timestamp);
        }
    }

    /** {@code user_seen_message}: the user opened the messages. Counts as delivered. */
    record MessageSeen(String userId, List<String> msgIds, Instant timestamp) implements ZaloEvent {
        public MessageSeen {
            msgIds = List.copyOf(msgIds);
            Objects.requireNonNull(timestamp, "timestamp");
        }

        @Override
        public List<DeliveryReceipt> receipts() {
            return ZaloEvent.receiptsFor(msgIds, null, "seen", timestamp);
        }
    }

    /** {@code user_send_text}: the user wrote to the OA, e.g. a neighbourhood leader confirming a warning. */
    record TextReceived(String userId, String msgId, String text, Instant timestamp) implements ZaloEvent {
        public TextReceived {
            Objects.requireNonNull(userId, "userId");
            text = text == null ? "" : text;
            Objects.requireNonNull(timestamp, "timestamp");
        }
    }

    /** Any other event, by its {@code event_name} (empty when the body has none). */
    record Other(String eventName) implements ZaloEvent {
        public Other {
            eventName = eventName == null ? "" : eventName;
        }
    }

    private static List<DeliveryReceipt> receiptsFor(
            List<String> msgIds, String trackingId, String providerCode, Instant at) {
        UUID dispatchId = dispatchId(trackingId);
        List<DeliveryReceipt> receipts = new ArrayList<>(msgIds.size());
        for (String msgId : msgIds) {
            receipts.add(new DeliveryReceipt(msgId, dispatchId, DeliveryStatus.DELIVERED, providerCode, at));
        }
        return List.copyOf(receipts);
    }

    /** Our tracking ids are dispatch ids; another sender's tracking id is not ours to read. */
    private static UUID dispatchId(String trackingId) {
        if (trackingId == null) {
            return null;
        }
        try {
            return UUID.fromString(trackingId);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
