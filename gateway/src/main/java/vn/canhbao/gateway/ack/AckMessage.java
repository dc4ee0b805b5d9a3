package vn.canhbao.gateway.ack;

import java.time.Instant;
import java.util.UUID;

/**
 * A leader's confirmation as it travels on {@code canhbao.acks}, keyed by alert.
 *
 * @param from where it came from (the client address, the Zalo user, the call), for the audit log
 */
record AckMessage(UUID alertId, UUID recipientId, Via via, Instant at, String from) {}
