package vn.canhbao.gateway.ingest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.AlertStatus;
import vn.canhbao.core.alert.CancelReason;
import vn.canhbao.core.alert.Cancellation;
import vn.canhbao.core.alert.Hazard;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.alert.ShortCode;
import vn.canhbao.core.cap.CapInfo;
import vn.canhbao.core.cap.CapMessage;
import vn.canhbao.core.cap.VietnameseCapProfile;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.AlertState;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.registry.WardPolicy;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/**
 * Decides which alerts a bulletin makes: one per ward that uses canhbao, issued at once or drafted for the duty officer
 * by the ward's policy. Only {@code Actual} and {@code Exercise} bulletins that alert, update or cancel are
 * disseminated; {@code Test}, {@code System} and {@code Draft} bulletins, acknowledgements and errors are only kept.
 * An update or cancel supersedes the alerts its referenced bulletins made in the same ward; an update of a bulletin
 * canhbao never received is sent as a new alert, and a cancel of one is ignored.
 */
@Component
class AlertDrafter {

    /**
     * An alert to create, and whether it is issued at once.
     *
     * @param heldUnsigned the ward would have issued it but requires signed bulletins, and this one was not signed or
     *     its signature was not verified
     */
    record Draft(Alert alert, AlertState state, boolean heldUnsigned) {}

    private final WardPolicyRepository policies;
    private final BulletinRepository bulletins;
    private final AlertRepository alerts;

    AlertDrafter(WardPolicyRepository policies, BulletinRepository bulletins, AlertRepository alerts) {
        this.policies = policies;
        this.bulletins = bulletins;
        this.alerts = alerts;
    }

    /**
     * The alerts a bulletin makes.
     *
     * @param verifiedSigned the bulletin's signature was verified against a trusted certificate
     */
    List<Draft> drafts(UUID bulletinId, CapMessage message, List<String> wards, boolean verifiedSigned, Instant now) {
        AlertStatus status =
                switch (message.status()) {
                    case ACTUAL -> AlertStatus.ACTUAL;
                    case EXERCISE -> AlertStatus.EXERCISE;
                    default -> null;
                };
        MessageType type =
                switch (message.msgType()) {
                    case ALERT -> MessageType.ALERT;
                    case UPDATE -> MessageType.UPDATE;
                    case CANCEL -> MessageType.CANCEL;
                    default -> null;
                };
        if (status == null || type == null || wards.isEmpty()) {
            return List.of();
        }
        Map<String, WardPolicy> served = policies.findAll(wards);
        if (served.isEmpty()) {
            return List.of();
        }
        List<StoredAlert> superseded = type == MessageType.ALERT
                ? List.of()
                : alerts.ofBulletins(message.references().stream()
                        .map(bulletins::findId)
                        .flatMap(Optional::stream)
                        .toList());
        Optional<CapInfo> info = preferredInfo(message);
        List<Draft> drafts = new ArrayList<>();
        for (String ward : wards) {
            WardPolicy policy = served.get(ward);
            if (policy == null) {
                continue;
            }
            List<StoredAlert> originals = superseded.stream()
                    .filter(a -> a.alert().wardCode().equals(ward))
                    .toList();
            MessageType wardType = type;
            if (type != MessageType.ALERT && originals.isEmpty()) {
                if (type == MessageType.CANCEL) {
                    continue;
                }
                wardType = MessageType.ALERT;
            }
            Optional<Alert> alert = alert(bulletinId, message, ward, status, wardType, info, originals);
            if (wardType == MessageType.CANCEL
                    && alert.flatMap(Alert::expiry)
                            .map(e -> !now.isBefore(e.toInstant()))
                            .orElse(false)) {
                // The warning it ends is over too: nobody needs telling, and every message would fail as expired.
                continue;
            }
            boolean held = policy.autoIssue() && policy.requireSignedBulletins() && !verifiedSigned;
            boolean issue = policy.autoIssue() && !held;
            alert.ifPresent(a -> drafts.add(new Draft(a, issue ? AlertState.ISSUED : AlertState.DRAFT, held)));
        }
        return drafts;
    }

    private static Optional<Alert> alert(
            UUID bulletinId,
            CapMessage message,
            String ward,
            AlertStatus status,
            MessageType type,
            Optional<CapInfo> info,
            List<StoredAlert> originals) {
        List<AlertId> refs = originals.stream().map(a -> a.alert().id()).toList();
        AlertId id = AlertId.forBulletinAndWard(bulletinId, ward);
        if (info.isEmpty()) {
            // A cancel may carry no info block; it then says what the alert it cancels said.
            if (originals.isEmpty()) {
                return Optional.empty();
            }
            Alert o = originals.getFirst().alert();
            return Optional.of(new Alert(
                    id,
                    ward,
                    type,
                    status,
                    o.hazard(),
                    o.riskLevel(),
                    o.severity(),
                    o.urgency(),
                    o.certainty(),
                    o.headline(),
                    o.description(),
                    o.instruction(),
                    o.senderName(),
                    message.sent(),
                    expiry(type, o.expires(), originals),
                    ShortCode.next(),
                    refs,
                    cancellation(type, originals)));
        }
        CapInfo i = info.get();
        String headline = firstNonBlank(i.headline(), i.event());
        return Optional.of(new Alert(
                id,
                ward,
                type,
                status,
                VietnameseCapProfile.hazard(i).orElse(Hazard.KHAC),
                VietnameseCapProfile.riskLevel(i).orElse(null),
                i.severity(),
                i.urgency(),
                i.certainty(),
                headline,
                i.description(),
                i.instruction(),
                i.senderName(),
                message.sent(),
                expiry(type, i.expires(), originals),
                ShortCode.next(),
                refs,
                cancellation(type, originals)));
    }

    /**
     * When an alert stops being in force. A Cancel stays in force as long as the warning it ends would have: its own
     * {@code <expires>} may already have passed when it arrives, and the people still warned must hear it is over.
     */
    private static OffsetDateTime expiry(MessageType type, OffsetDateTime own, List<StoredAlert> originals) {
        if (type != MessageType.CANCEL) {
            return own;
        }
        OffsetDateTime latest = own;
        for (StoredAlert o : originals) {
            OffsetDateTime e = o.alert().expires();
            if (e == null) {
                return null;
            }
            if (latest != null && e.isAfter(latest)) {
                latest = e;
            }
        }
        return latest;
    }

    /**
     * An upstream Cancel ends the warning it references; CAP does not say whether that was a false alarm, so it is
     * told as cancelled, which is true either way.
     */
    private static Cancellation cancellation(MessageType type, List<StoredAlert> originals) {
        return type == MessageType.CANCEL ? Cancellation.of(originals.getFirst().alert(), CancelReason.ENDED) : null;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b.strip();
    }

    /** The Vietnamese info block when there is one (CAP has one per language), else the first. */
    private static Optional<CapInfo> preferredInfo(CapMessage message) {
        return message.infos().stream()
                .filter(i -> i.language() != null && i.language().toLowerCase().startsWith("vi"))
                .findFirst()
                .or(() -> message.infos().stream().findFirst());
    }
}
