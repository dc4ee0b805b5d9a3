package vn.canhbao.core.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import vn.canhbao.core.alert.AlertId;

/**
 * Something that happened to a dispatch: a provider's receipt, a failure, a delivery report or, later, a leader's
 * confirmation. Events travel on {@code canhbao.delivery-events} and are recorded by the tracker.
 *
 * @param providerMessageId the provider's id for the message (Twilio's SM…), when there is one
 * @param reason why it failed, when it did (a {@code FailureReason} name)
 */
public record DeliveryEvent(
        UUID dispatchId,
        AlertId alertId,
        Channel channel,
        DeliveryStatus status,
        String providerMessageId,
        String reason,
        String detail,
        Instant occurredAt) {

    public DeliveryEvent {
        Objects.requireNonNull(dispatchId, "dispatchId");
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
