package vn.canhbao.gateway.ack;

import java.time.Instant;
import java.util.UUID;

/** The alert and the leader a confirmation link or call stands for. */
record LeaderDispatch(
        UUID alertId, UUID recipientId, String leaderName, String headline, String wardCode, Instant expires) {

    boolean expired() {
        return expires != null && expires.isBefore(Instant.now());
    }
}
