package vn.canhbao.gateway.pipeline;

import java.time.Instant;
import java.util.UUID;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.DeliveryEvent;
import vn.canhbao.core.delivery.DeliveryStatus;

/** A delivery event as it travels on {@code canhbao.delivery-events}. */
public record DeliveryEventMessage(
        UUID dispatchId,
        UUID alertId,
        Channel channel,
        DeliveryStatus status,
        String providerMessageId,
        String reason,
        String detail,
        Instant occurredAt) {

    static DeliveryEventMessage of(DeliveryEvent e) {
        return new DeliveryEventMessage(
                e.dispatchId(),
                e.alertId().value(),
                e.channel(),
                e.status(),
                e.providerMessageId(),
                e.reason(),
                e.detail(),
                e.occurredAt());
    }

    DeliveryEvent toEvent() {
        return new DeliveryEvent(
                dispatchId, new AlertId(alertId), channel, status, providerMessageId, reason, detail, occurredAt);
    }
}
