package vn.canhbao.core.delivery;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import vn.canhbao.core.alert.AlertId;

/**
 * One message to one recipient on one channel for one alert: the unit of delivery, retry and idempotency.
 *
 * @param address the channel address: a phone in E.164 for SMS, a Zalo user id, a push token or topic, a cluster id
 * @param title a short title where the channel shows one (push, Zalo); may be empty
 * @param body the rendered text for this channel
 * @param attempt how many times it has been handed to an adapter before, starting at 0
 * @param expires the alert's expiry; nothing is sent after it
 */
public record Dispatch(
        UUID id,
        AlertId alertId,
        UUID recipientId,
        Channel channel,
        Tier tier,
        String address,
        String title,
        String body,
        int attempt,
        OffsetDateTime expires) {

    public Dispatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(body, "body");
        title = title == null ? "" : title;
    }

    public DispatchKey key() {
        return new DispatchKey(alertId, recipientId, channel);
    }
}
