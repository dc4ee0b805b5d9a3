package vn.canhbao.gateway.alerts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.AlertStatus;
import vn.canhbao.core.alert.CancelReason;
import vn.canhbao.core.alert.Cancellation;
import vn.canhbao.core.alert.Certainty;
import vn.canhbao.core.alert.Hazard;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.alert.RiskLevel;
import vn.canhbao.core.alert.ShortCode;
import vn.canhbao.core.alert.Urgency;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.core.cap.CapProblem;
import vn.canhbao.core.message.MessageRenderer;
import vn.canhbao.gateway.messaging.Outbox;
import vn.canhbao.gateway.registry.GroupRepository;
import vn.canhbao.gateway.registry.WardPolicy;
import vn.canhbao.gateway.registry.WardPolicyRepository;
import vn.canhbao.gateway.security.AuditLog;
import vn.canhbao.gateway.web.BadRequestException;
import vn.canhbao.gateway.web.ConflictException;

/**
 * What officers do with alerts: write a draft, approve it (a second person), issue it, cancel it. Where the ward
 * requires it, a real alert cannot be issued until an approver other than its author has approved it; an exercise or a
 * cancel never waits. Every step is in the audit log.
 */
@Service
public class AlertService {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final AlertRepository alerts;
    private final WardPolicyRepository policies;
    private final WardDirectory wards;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final JsonMapper json;
    private final GroupRepository groups;

    AlertService(
            AlertRepository alerts,
            GroupRepository groups,
            WardPolicyRepository policies,
            WardDirectory wards,
            Outbox outbox,
            TransactionTemplate tx,
            AuditLog audit,
            JsonMapper json) {
        this.alerts = alerts;
        this.groups = groups;
        this.policies = policies;
        this.wards = wards;
        this.outbox = outbox;
        this.tx = tx;
        this.audit = audit;
        this.json = json;
    }

    /** Now in Vietnam, to the second: the time an alert written or issued now carries. */
    static OffsetDateTime now() {
        return OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Checks what an officer wrote, listing every problem; the wards are checked by the caller's access first. */
    public void validate(NewAlert request) {
        List<CapProblem> errors = new ArrayList<>();
        if (request.wards() == null || request.wards().isEmpty()) {
            errors.add(new CapProblem("wards", "Name at least one ward code, e.g. [\"01879\"]."));
        } else {
            request.wards().stream()
                    .filter(w -> wards.ward(w).isEmpty())
                    .forEach(w -> errors.add(new CapProblem("wards", w + " is not a ward code of the 2025 list.")));
        }
        if (request.hazard() == null || Hazard.fromCode(request.hazard()).isEmpty()) {
            errors.add(new CapProblem("hazard", "Give a hazard code such as LU_QUET, SAT_LO_DAT, BAO, NGAP_LUT."));
        }
        if (request.riskLevel() == null || RiskLevel.of(request.riskLevel()).isEmpty()) {
            errors.add(new CapProblem("riskLevel", "Give the risk level, 1 to 5 (Decision 18/2021)."));
        }
        if (request.headline() == null || request.headline().isBlank()) {
            errors.add(new CapProblem("headline", "Write what is happening and where, in one sentence."));
        }
        if (request.instruction() == null || request.instruction().isBlank()) {
            errors.add(new CapProblem("instruction", "Write what people must do."));
        }
        if (!"ACTUAL".equals(request.status()) && !"EXERCISE".equals(request.status())) {
            errors.add(new CapProblem("status", "Say ACTUAL for a real warning or EXERCISE for a drill."));
        }
        if (request.expires() != null && request.expires().isBefore(OffsetDateTime.now())) {
            errors.add(new CapProblem("expires", "The expiry is in the past."));
        }
        if (!request.groups().isEmpty() && request.wards() != null) {
            if (request.wards().size() != 1) {
                errors.add(new CapProblem("groups", "Groups can only be chosen for a single ward."));
            } else {
                groups.notInWard(request.wards().getFirst(), request.groups())
                        .forEach(g -> errors.add(new CapProblem(
                                "groups",
                                g + " is not a neighbourhood group of ward "
                                        + request.wards().getFirst() + ".")));
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
    }

    /** Writes one draft per ward. */
    public List<AlertId> draft(NewAlert request, String author, String from) {
        validate(request);
        List<AlertId> ids = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            for (String ward : request.wards()) {
                Alert alert = written(request, ward, MessageType.ALERT, List.of());
                store(alert, request.groups(), author, "alert.drafted", from);
                ids.add(alert.id());
            }
        });
        return ids;
    }

    /**
     * Writes an update of an issued alert as a draft: new words or a new risk level for the same people. It is
     * approved and issued like any draft.
     */
    public AlertId draftUpdate(StoredAlert original, NewAlert request, String author, String from) {
        requireLive(original, "updated");
        NewAlert forWard = new NewAlert(
                List.of(original.alert().wardCode()),
                request.hazard() != null
                        ? request.hazard()
                        : original.alert().hazard().code(),
                request.riskLevel(),
                request.headline(),
                request.instruction(),
                request.description(),
                original.alert().status().name(),
                request.expires(),
                List.of());
        validate(forWard);
        Alert update = written(
                forWard,
                original.alert().wardCode(),
                MessageType.UPDATE,
                List.of(original.alert().id()));
        tx.executeWithoutResult(status -> store(update, List.of(), author, "alert.update-drafted", from));
        return update.id();
    }

    private Alert written(NewAlert request, String ward, MessageType type, List<AlertId> references) {
        OffsetDateTime now = now();
        RiskLevel risk = RiskLevel.of(request.riskLevel()).orElseThrow();
        return new Alert(
                AlertId.random(),
                ward,
                type,
                AlertStatus.valueOf(request.status()),
                Hazard.fromCode(request.hazard()).orElseThrow(),
                risk,
                risk.severity(),
                risk.number() >= 3 ? Urgency.IMMEDIATE : Urgency.EXPECTED,
                Certainty.LIKELY,
                request.headline().strip(),
                request.description() == null || request.description().isBlank()
                        ? null
                        : request.description().strip(),
                request.instruction().strip(),
                null,
                now,
                request.expires() != null ? request.expires() : now.plusHours(24),
                ShortCode.next(),
                references,
                null);
    }

    private void store(Alert alert, List<UUID> targetGroups, String author, String action, String from) {
        alerts.insertIfAbsent(alert, null, AlertState.DRAFT, author);
        alerts.saveTargetGroups(alert.id(), targetGroups);
        audit.record(
                author,
                action,
                alert.id().toString(),
                alert.wardCode(),
                alert.status().name(),
                from);
    }

    /** Approves a draft: the approver must not be its author. */
    public void approve(StoredAlert stored, String approver, String from) {
        if (approver.equals(stored.createdBy())) {
            throw new ConflictException(
                    "own-approval", "The author of an alert cannot approve it; ask another approver.");
        }
        if (stored.approvedBy() != null) {
            throw new ConflictException(
                    "already-approved", "This alert was already approved by " + stored.approvedBy() + ".");
        }
        if (!alerts.approve(stored.alert().id(), approver)) {
            throw new ConflictException(
                    "not-a-draft", "Only a draft can be approved; this alert is " + stored.state() + ".");
        }
        audit.record(
                approver,
                "alert.approved",
                stored.alert().id().toString(),
                stored.alert().wardCode(),
                null,
                from);
    }

    /**
     * Whether this alert needs a second person's approval before it can be issued: a real alert of a ward with the
     * two-person rule. An exercise, an upstream bulletin's alert and a cancel never wait.
     */
    public boolean needsApproval(StoredAlert stored) {
        Alert alert = stored.alert();
        return alert.status() == AlertStatus.ACTUAL
                && alert.messageType() != MessageType.CANCEL
                && policies.find(alert.wardCode())
                        .map(WardPolicy::twoPersonApproval)
                        .orElse(false);
    }

    /** Whether this draft waits for an approver now: it needs one and has none yet. */
    public boolean awaitsApproval(StoredAlert stored) {
        return stored.state() == AlertState.DRAFT && stored.approvedBy() == null && needsApproval(stored);
    }

    /** Issues a draft, if the ward's two-person rule allows it now. */
    public void issue(StoredAlert stored, String officer, String from) {
        Alert alert = stored.alert();
        if (awaitsApproval(stored)) {
            throw new ConflictException(
                    "two-person",
                    "Ward " + alert.wardCode()
                            + " requires a second person: an approver must approve this real alert before it is issued.");
        }
        Alert issued = alert.sentAt(now());
        tx.executeWithoutResult(status -> {
            if (!alerts.issue(alert.id(), officer, issued.sent())) {
                throw new ConflictException(
                        "not-a-draft", "Only a draft can be issued; this alert is " + stored.state() + ".");
            }
            outbox.add(AlertIssued.entry(issued, json));
            audit.record(
                    officer,
                    "alert.issued",
                    alert.id().toString(),
                    alert.wardCode(),
                    alert.status().name(),
                    from);
        });
    }

    /**
     * Cancels an issued alert at once (a danger that is over): a Cancel that reaches the same people and stops what is
     * not yet sent. Never waits for approval.
     */
    public AlertId cancel(StoredAlert stored, String officer, String from) {
        requireLive(stored, "cancelled");
        return send(stored, cancellationOf(stored), "alert.cancelled", officer, from);
    }

    /**
     * Cancels an issued alert as a false alarm and tells the same people what is true instead, in one message: the
     * correction a ward must have ready before it ever needs it (Hawaii 2018 took 38 minutes to write one).
     */
    public AlertId correct(StoredAlert stored, String correction, String officer, String from) {
        Alert cancel = correctionOf(stored, correction);
        requireLive(stored, "cancelled");
        return send(stored, cancel, "alert.corrected", officer, from);
    }

    /**
     * The Cancel that {@link #cancel} would send now, not saved: for a preview and confirmation page that shows exactly
     * the texts that will be sent (rendered by {@code core.message.MessageRenderer}; only the time of issue is taken
     * again when it is sent). It names the warning it ends by its code and time of issue and states no risk level.
     */
    public Alert cancellationOf(StoredAlert original) {
        return cancelOf(
                original.alert(),
                CancelReason.ENDED,
                "Người dân tiếp tục theo dõi thông tin của chính quyền địa phương.");
    }

    /**
     * The Cancel that {@link #correct} would send now, not saved, for its preview: it says the warning it ends (its
     * hazard, code and time of issue) was a mistake and, as what to do, the officer's {@code correction}; it never
     * repeats the false headline or its risk level.
     *
     * @throws BadRequestException when the correction is blank
     */
    public Alert correctionOf(StoredAlert original, String correction) {
        requireCorrection(correction);
        return cancelOf(original.alert(), CancelReason.FALSE_ALARM, correction.strip());
    }

    /** Refuses a correction that says nothing. */
    public void requireCorrection(String correction) {
        if (correction == null || correction.isBlank()) {
            throw new BadRequestException(List.of(new CapProblem(
                    "correction",
                    "Write what people should know instead, e.g. \"Không có lũ quét, sinh hoạt bình thường.\"")));
        }
    }

    private static Alert cancelOf(Alert original, CancelReason reason, String instruction) {
        OffsetDateTime now = now();
        Cancellation cancellation = Cancellation.of(original, reason);
        return new Alert(
                AlertId.random(),
                original.wardCode(),
                MessageType.CANCEL,
                original.status(),
                original.hazard(),
                original.riskLevel(),
                original.severity(),
                original.urgency(),
                original.certainty(),
                MessageRenderer.cancelHeadline(original.hazard(), cancellation),
                null,
                instruction,
                original.senderName(),
                now,
                Optional.ofNullable(original.expires()).orElse(now.plusHours(24)),
                ShortCode.next(),
                List.of(original.id()),
                cancellation);
    }

    private AlertId send(StoredAlert stored, Alert cancel, String action, String officer, String from) {
        Alert original = stored.alert();
        tx.executeWithoutResult(status -> {
            alerts.insertIfAbsent(cancel, stored.bulletinId(), AlertState.ISSUED, officer);
            outbox.add(AlertIssued.entry(cancel, json));
            audit.record(
                    officer,
                    action,
                    original.id().toString(),
                    original.wardCode(),
                    cancel.id().toString(),
                    from);
        });
        return cancel.id();
    }

    /** Only an issued alert that is not itself a cancel and has not been cancelled can be updated or cancelled. */
    public void requireLive(StoredAlert stored, String what) {
        if (stored.state() == AlertState.DRAFT) {
            throw new ConflictException("draft-not-sent", "A draft was never sent; it cannot be " + what + ".");
        }
        if (stored.alert().messageType() == MessageType.CANCEL) {
            throw new ConflictException("is-cancel", "This alert is itself a cancel; it cannot be " + what + ".");
        }
        if (alerts.isCancelled(stored.alert().id())) {
            throw new ConflictException(
                    "already-cancelled", "This alert has already been cancelled; it cannot be " + what + ".");
        }
    }
}
