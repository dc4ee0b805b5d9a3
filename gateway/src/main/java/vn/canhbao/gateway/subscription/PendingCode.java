package vn.canhbao.gateway.subscription;

import java.time.Instant;
import java.util.UUID;

/**
 * A one-time code sent and not yet used, with what the person asked for while it waits.
 *
 * @param groupId the neighbourhood group they chose, or null
 * @param name the name they gave, or null
 * @param usedAt when it confirmed a subscription, or null
 */
record PendingCode(
        UUID id,
        String phone,
        String wardCode,
        UUID groupId,
        String name,
        String codeHash,
        Instant expiresAt,
        int attempts,
        Instant usedAt) {

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
