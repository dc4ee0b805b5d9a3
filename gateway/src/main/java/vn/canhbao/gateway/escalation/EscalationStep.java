package vn.canhbao.gateway.escalation;

import java.time.Instant;
import java.util.UUID;

/** One thing escalation did: sent again, called, marked unreached, or saw the group confirm. */
public record EscalationStep(UUID groupId, String groupName, UUID recipientId, Stage step, String detail, Instant at) {}
