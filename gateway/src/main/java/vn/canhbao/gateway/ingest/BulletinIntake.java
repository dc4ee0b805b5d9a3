package vn.canhbao.gateway.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.core.cap.CapMessage;
import vn.canhbao.core.cap.CapMessageType;
import vn.canhbao.core.cap.CapReader;
import vn.canhbao.core.cap.CapRejectedException;
import vn.canhbao.core.cap.CapSignature;
import vn.canhbao.core.cap.VietnameseCapProfile;
import vn.canhbao.gateway.alerts.AlertIssued;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.AlertState;
import vn.canhbao.gateway.messaging.Outbox;
import vn.canhbao.gateway.messaging.Topics;
import vn.canhbao.gateway.security.AuditLog;
import vn.canhbao.gateway.signing.TrustedSigners;

/**
 * Accepts an upstream bulletin, whether posted to the API or produced to the bulletins topic: reads and validates the
 * CAP, resolves its areas to wards, and stores in one transaction the bulletin, the alerts it makes for the wards that
 * use canhbao (see {@link AlertDrafter}) and the outbox records that carry both to Kafka. Once accepted, nothing of it
 * can be lost. A bulletin received twice (same sender, identifier and sent) is stored once. A bulletin that has
 * expired by the time it arrives is stored and makes no alert, so nothing of it is ever sent ({@link BulletinExpiry}).
 */
@Component
public class BulletinIntake {

    /**
     * What became of a bulletin.
     *
     * @param expired its {@code <expires>} has passed: it is kept, and made no alert
     * @param signature what canhbao made of its signature; only a verified one counts as signed
     */
    public record Accepted(
            UUID bulletinId,
            CapMessage message,
            List<String> wards,
            List<AlertId> alertIds,
            boolean duplicate,
            boolean expired,
            CapSignature signature) {}

    private static final Logger log = LoggerFactory.getLogger(BulletinIntake.class);

    private final CapReader reader = new CapReader();
    private final WardDirectory wards;
    private final BulletinRepository bulletins;
    private final AlertDrafter drafter;
    private final AlertRepository alerts;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final AuditLog audit;
    private final MeterRegistry meters;
    private final TrustedSigners signers;
    private final Clock clock;

    BulletinIntake(
            WardDirectory wards,
            BulletinRepository bulletins,
            AlertDrafter drafter,
            AlertRepository alerts,
            Outbox outbox,
            TransactionTemplate tx,
            JsonMapper json,
            AuditLog audit,
            MeterRegistry meters,
            TrustedSigners signers,
            Clock clock) {
        this.clock = clock;
        this.wards = wards;
        this.bulletins = bulletins;
        this.drafter = drafter;
        this.alerts = alerts;
        this.outbox = outbox;
        this.tx = tx;
        this.json = json;
        this.audit = audit;
        this.meters = meters;
        this.signers = signers;
    }

    /**
     * Accepts a bulletin from {@code source} (an API key's name).
     *
     * @throws CapRejectedException when the CAP is not valid; nothing is stored then
     */
    public Accepted accept(byte[] xml, String source) {
        return receive(xml, source, true);
    }

    /**
     * Accepts a bulletin read from the bulletins topic: one relayed from canhbao's own outbox (already stored, not
     * counted again) or one an upstream system produced there.
     */
    Accepted acceptFromTopic(byte[] xml) {
        return receive(xml, "kafka", false);
    }

    private Accepted receive(byte[] xml, String source, boolean countDuplicates) {
        CapMessage message;
        CapSignature signature;
        try {
            message = reader.read(xml);
            // A signature that does not match the content refuses the bulletin: it was changed after it was signed. One
            // canhbao cannot vouch for (unknown signer, weak algorithm, several) leaves it unverified, never signed.
            signature = signers.check(xml);
        } catch (CapRejectedException e) {
            count("rejected");
            throw e;
        }
        List<String> wardCodes = wardsOf(message);
        String text = new String(xml, StandardCharsets.UTF_8);
        Accepted accepted;
        try {
            accepted = tx.execute(status -> store(message, text, wardCodes, source, signature));
        } catch (DuplicateKeyException raced) {
            // The same bulletin arrived twice at once and the other copy won; answer as for any duplicate.
            accepted = tx.execute(status -> store(message, text, wardCodes, source, signature));
        }
        if (!accepted.duplicate() || countDuplicates) {
            count(accepted.duplicate() ? "duplicate" : "accepted");
        }
        return accepted;
    }

    private Accepted store(
            CapMessage message, String xml, List<String> wardCodes, String source, CapSignature signature) {
        BulletinExpiry expiry = BulletinExpiry.of(message);
        boolean expired = expiry.isExpiredAt(clock.instant());
        Optional<UUID> existing = bulletins.findId(message);
        if (existing.isPresent()) {
            List<AlertId> alertIds = alerts.ofBulletins(List.of(existing.get())).stream()
                    .map(a -> a.alert().id())
                    .toList();
            return new Accepted(existing.get(), message, wardCodes, alertIds, true, expired, signature);
        }
        UUID id = UUID.randomUUID();
        bulletins.insert(id, message, xml, wardCodes, source, signature);
        List<Outbox.Entry> records = new ArrayList<>();
        records.add(new Outbox.Entry(Topics.BULLETINS, message.identifier(), xml));
        List<AlertId> alertIds = new ArrayList<>();
        // An expired Cancel still ends a warning that is in force: the drafter keeps only those (#14).
        List<AlertDrafter.Draft> drafts = expired && message.msgType() != CapMessageType.CANCEL
                ? List.of()
                : drafter.drafts(id, message, wardCodes, signature.verified(), clock.instant());
        for (AlertDrafter.Draft draft : drafts) {
            Alert alert = draft.alert();
            alerts.insertIfAbsent(alert, id, draft.state());
            alertIds.add(alert.id());
            if (draft.heldUnsigned()) {
                audit.record(
                        source,
                        "alert.held-unsigned",
                        alert.id().toString(),
                        alert.wardCode(),
                        "The ward issues only signed bulletins; " + message.identifier() + heldBecause(signature)
                                + ", so its alert waits as a draft for the duty officer to check",
                        null);
            }
            if (draft.state() == AlertState.ISSUED) {
                records.add(AlertIssued.entry(alert, json));
                log.info(
                        "Issued {} {} {} for ward {} from bulletin {} ({})",
                        alert.status(),
                        alert.messageType(),
                        alert.id(),
                        alert.wardCode(),
                        id,
                        message.identifier());
            }
        }
        outbox.add(records);
        String detail = message.identifier()
                + switch (signature.status()) {
                    case VERIFIED -> " signed by " + signature.signedBy().orElseThrow();
                    case UNVERIFIED -> " with an unverified signature: " + signature.detail();
                    case NONE -> "";
                };
        if (expired) {
            detail += "; expired at " + expiry.expires().orElseThrow() + ", kept without alerts";
            log.warn(
                    "Bulletin {} ({}) expired at {} before it arrived: kept, nothing sent",
                    id,
                    message.identifier(),
                    expiry.expires().orElseThrow());
        }
        audit.record(source, "bulletin.received", id.toString(), null, detail, null);
        return new Accepted(id, message, wardCodes, alertIds, false, expired, signature);
    }

    private static String heldBecause(CapSignature signature) {
        return signature.status() == CapSignature.Status.UNVERIFIED
                ? "'s signature could not be verified (" + signature.detail() + ")"
                : " is not signed";
    }

    /** The wards a bulletin's {@code DVHC} geocodes name: a province code names all its wards. */
    List<String> wardsOf(CapMessage message) {
        TreeSet<String> codes = new TreeSet<>();
        for (String code : VietnameseCapProfile.dvhcCodes(message)) {
            wards.resolveGeocode(code).stream().map(Ward::code).forEach(codes::add);
        }
        return List.copyOf(codes);
    }

    private void count(String outcome) {
        Counter.builder("canhbao.bulletins.received")
                .description("Upstream bulletins received, by outcome (accepted, duplicate, rejected, too_large)")
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }

    /** Counts a bulletin refused before it could be read (too large). */
    public void countTooLarge() {
        count("too_large");
    }
}
