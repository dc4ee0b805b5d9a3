package vn.canhbao.core.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import vn.canhbao.core.alert.AlertId;

/**
 * The idempotency key of delivery: one alert reaches one recipient on one channel at most once. The dispatch id is
 * derived from it, so every stage that replays work arrives at the same row.
 */
public record DispatchKey(AlertId alertId, UUID recipientId, Channel channel) {

    public DispatchKey {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(channel, "channel");
    }

    public UUID dispatchId() {
        return UUID.nameUUIDFromBytes(
                ("dispatch:" + alertId + ":" + recipientId + ":" + channel).getBytes(StandardCharsets.UTF_8));
    }
}
