package vn.canhbao.gateway.ack;

import java.time.Instant;
import java.util.UUID;

/**
 * The alert and the leader a confirmation link or call stands for.
 *
 * @param exercise the alert is a drill, which the leader's page must say as plainly as every other channel does
 */
record LeaderDispatch(
        UUID alertId,
        UUID recipientId,
        String leaderName,
        String headline,
        String wardCode,
        Instant expires,
        boolean exercise) {

    boolean expired() {
        return expires != null && expires.isBefore(Instant.now());
    }
}
