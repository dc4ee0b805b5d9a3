package vn.canhbao.gateway.ack;

import java.time.Instant;
import java.util.UUID;

/**
 * A leader's confirmation of an alert was recorded for the first time, for their neighbourhood group. Published in the
 * transaction that records it, so whoever listens (escalation stops chasing the group) acts in the same transaction.
 */
public record LeaderConfirmed(UUID alertId, UUID groupId, UUID recipientId, Instant at) {}
