package vn.canhbao.gateway.escalation;

import java.time.Instant;
import java.util.UUID;

/** One neighbourhood group an alert reached through its leaders, and its escalation. */
public record GroupWatch(
        UUID alertId,
        UUID groupId,
        String groupName,
        String wardCode,
        Stage stage,
        Instant nextAt,
        Instant confirmedAt,
        String confirmedBy) {}
