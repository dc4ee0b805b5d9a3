package vn.canhbao.channels;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.canhbao.core.delivery.DeliveryStatus;

/**
 * A provider's later word on a message it accepted, normalised: Twilio's status callback, Zalo's
 * {@code user_received_message}, a loudspeaker gateway's broadcast report. Each provider package parses its own
 * webhook into these; the gateway records them as delivery events.
 *
 * @param providerMessageId the provider's id of the message, as {@code SendResult.Accepted} returned it
 * @param dispatchId our dispatch id when the provider echoes it back (e.g. in the callback URL), otherwise null
 * @param status {@code DELIVERED}, {@code UNDELIVERED}, {@code FAILED}, or {@code ACCEPTED} for an intermediate state
 * @param providerCode the provider's own status or error code, for people reading the record
 */
public record DeliveryReceipt(
        String providerMessageId, UUID dispatchId, DeliveryStatus status, String providerCode, Instant at) {

    public DeliveryReceipt {
        Objects.requireNonNull(providerMessageId, "providerMessageId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }

    public Optional<UUID> dispatch() {
        return Optional.ofNullable(dispatchId);
    }
}
