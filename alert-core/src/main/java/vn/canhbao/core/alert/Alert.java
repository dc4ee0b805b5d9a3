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
 * @param cancellation for a {@code Cancel} only (required there): the warning it ends and whether that was a false
 *     alarm; null for an {@code Alert} or {@code Update}
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
        List<AlertId> references,
        Cancellation cancellation) {

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
        if ((messageType == MessageType.CANCEL) != (cancellation != null)) {
            throw new IllegalArgumentException("A Cancel, and only a Cancel, says what it cancels and why");
        }
    }

    public Optional<RiskLevel> risk() {
        return Optional.ofNullable(riskLevel);
    }

    public Optional<OffsetDateTime> expiry() {
        return Optional.ofNullable(expires);
    }

    /** A Cancel that tells people the warning it ends was a false alarm. */
    public boolean isCorrection() {
        return cancellation != null && cancellation.falseAlarm();
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
                references,
                cancellation);
    }
}
