package vn.canhbao.gateway.alerts;

import java.time.Instant;
import java.util.UUID;
import vn.canhbao.core.alert.Alert;

/**
 * An alert as canhbao keeps it: the alert, the bulletin it came from (none when an officer wrote it), where it stands,
 * and who wrote, approved and issued it.
 */
public record StoredAlert(
        Alert alert,
        UUID bulletinId,
        AlertState state,
        Instant createdAt,
        Instant issuedAt,
        String createdBy,
        String approvedBy,
        String issuedBy) {}
