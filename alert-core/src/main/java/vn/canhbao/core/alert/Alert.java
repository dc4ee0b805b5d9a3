package vn.canhbao.core.alert;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A warning for one ward: what it says, how serious it is, and what it replaces. An {@code Update} or {@code Cancel}
 * names the alerts it supersedes in {@code references}; it reaches the same people as they did.
 *
 * @param shortCode the short public code printed in every message, so a resident can check the warning is genuine
 */
public record Alert(
        AlertId id,
        String wardCode,
        MessageType messageType,
        AlertStatus status,
        Hazard hazard,
        RiskLevel riskLevel,
        Severity severity,
        Urgency urgency,
        Certainty certainty,
        String headline,
        String description,
        String instruction,
        String senderName,
        OffsetDateTime sent,
        OffsetDateTime expires,
        String shortCode,
        List<AlertId> references) {

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(wardCode, "wardCode");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(shortCode, "shortCode");
        references = List.copyOf(references);
        if (messageType != MessageType.ALERT && references.isEmpty()) {
            throw new IllegalArgumentException(messageType.capValue() + " must reference the alert it supersedes");
        }
    }

    public Optional<RiskLevel> risk() {
        return Optional.ofNullable(riskLevel);
    }

    public Optional<OffsetDateTime> expiry() {
        return Optional.ofNullable(expires);
    }

    public boolean isExercise() {
        return status == AlertStatus.EXERCISE;
    }

    /** This alert as issued at {@code at}: messages carry the time of issue, not the time its draft was written. */
    public Alert sentAt(OffsetDateTime at) {
        return new Alert(
                id,
                wardCode,
                messageType,
                status,
                hazard,
                riskLevel,
                severity,
                urgency,
                certainty,
                headline,
                description,
                instruction,
                senderName,
                at,
                expires,
                shortCode,
                references);
    }
}
