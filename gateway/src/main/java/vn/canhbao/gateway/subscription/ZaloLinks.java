package vn.canhbao.gateway.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canhbao.gateway.registry.PhoneNumbers;
import vn.canhbao.gateway.security.AuditLog;
import vn.canhbao.gateway.webhooks.ZaloLinkRequests;

/**
 * Links a Zalo follower to a registered phone only once the phone's owner confirms (#15: a stranger who texted a
 * leader's number used to take over the leader's link, and their "Đã nhận" then confirmed the leader's group). The
 * follower writes the phone; a one-time code goes to that phone by SMS, as on the self-subscription page, with the
 * same limits (codes per phone per hour, counted with the page's); the follower writes the code back in Zalo. Only
 * then is the link made, or an existing one replaced, in one transaction with its audit entry
 * ({@code zalo.linked} or {@code zalo.relinked}); the follower it replaces is told on Zalo.
 *
 * <p>Every answer goes to the follower on Zalo, in Vietnamese. Asking for a code answers the same whether the phone is
 * registered or not, so the OA tells no one who is.
 */
@Service
class ZaloLinks implements ZaloLinkRequests {

    private static final Logger log = LoggerFactory.getLogger(ZaloLinks.class);
    private static final Duration RATE_WINDOW = Duration.ofHours(1);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final SubscriptionCodes codes;
    private final OneTimeCode oneTimeCode;
    private final SubscriptionSms sms;
    private final ZaloReplies replies;
    private final SubscriptionProperties properties;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    ZaloLinks(
            SubscriptionCodes codes,
            SubscriptionSecret secret,
            SubscriptionSms sms,
            ZaloReplies replies,
            SubscriptionProperties properties,
            AuditLog audit,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            MessageSource messages) {
        this.codes = codes;
        this.oneTimeCode = new OneTimeCode(secret);
        this.sms = sms;
        this.replies = replies;
        this.properties = properties;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = tx;
        this.messages = messages;
    }

    @Override
    public boolean isLinkRequest(String text) {
        return OneTimeCode.normalise(text) != null
                || PhoneNumbers.vietnamese(text).isPresent();
    }

    @Override
    public void handle(String userId, String text) {
        String code = OneTimeCode.normalise(text);
        if (code != null) {
            confirm(userId, code);
            return;
        }
        PhoneNumbers.vietnamese(text).ifPresent(phone -> requestCode(userId, phone));
    }

    private void requestCode(String userId, String phone) {
        Instant now = clock.instant();
        Optional<Resident> resident = resident(phone);
        if (resident.isPresent() && userId.equals(resident.get().zaloUserId())) {
            reply(userId, "zalo.link.already", PhoneNumbers.national(phone));
            return;
        }
        if (codes.sentToPhoneSince(phone, now.minus(RATE_WINDOW)) >= properties.codesPerPhonePerHour()
                || codes.sentFromClientSince("zalo:" + userId, now.minus(RATE_WINDOW))
                        >= properties.codesPerClientPerHour()) {
            reply(userId, "zalo.link.phone-limit", PhoneNumbers.national(phone));
            return;
        }
        if (resident.isEmpty()) {
            // The same answer as for a registered phone, and no SMS to a number the registry does not know.
            reply(
                    userId,
                    "zalo.link.code-sent",
                    PhoneNumbers.national(phone),
                    properties.codeValidity().toMinutes());
            return;
        }
        UUID id = UUID.randomUUID();
        String code = OneTimeCode.generate();
        codes.addForZalo(
                new PendingCode(
                        id,
                        phone,
                        resident.get().wardCode(),
                        null,
                        null,
                        oneTimeCode.hash(id, code),
                        now.plus(properties.codeValidity()),
                        0,
                        null),
                userId,
                now);
        if (!sms.sendZaloCode(
                id, phone, code, properties.codeValidity(), resident.get().locale())) {
            codes.remove(id);
            reply(userId, "zalo.link.sms-failed", PhoneNumbers.national(phone));
            return;
        }
        audit.record(
                "zalo:" + userId,
                "zalo.link-requested",
                "recipient:" + resident.get().id(),
                resident.get().wardCode(),
                "a code sent by SMS to " + phone,
                null);
        reply(
                userId,
                "zalo.link.code-sent",
                PhoneNumbers.national(phone),
                properties.codeValidity().toMinutes());
    }

    private void confirm(String userId, String code) {
        Optional<PendingCode> latest = codes.latestForZalo(userId);
        if (latest.isEmpty()) {
            reply(userId, "zalo.link.no-code");
            return;
        }
        PendingCode pending = latest.get();
        if (pending.usedAt() != null || pending.expired(clock.instant())) {
            reply(userId, "zalo.link.code-expired");
            return;
        }
        if (pending.attempts() >= properties.maxAttempts()) {
            reply(userId, "zalo.link.too-many");
            return;
        }
        if (!oneTimeCode.matches(pending.id(), code, pending.codeHash())) {
            int left = properties.maxAttempts() - codes.recordWrongAttempt(pending.id(), properties.maxAttempts());
            if (left <= 0) {
                reply(userId, "zalo.link.too-many");
            } else {
                reply(userId, "zalo.link.code-wrong", left);
            }
            return;
        }
        Optional<Resident> linked = tx.execute(status -> link(userId, pending));
        if (linked == null || linked.isEmpty()) {
            reply(userId, "zalo.link.code-expired");
            return;
        }
        reply(userId, "zalo.link.linked", PhoneNumbers.national(pending.phone()));
        String previous = linked.get().zaloUserId();
        if (previous != null && !previous.equals(userId)) {
            reply(previous, "zalo.link.replaced", PhoneNumbers.national(pending.phone()));
        }
    }

    /** Uses the code and links the follower, with its audit entry; returns the resident as they were before. */
    private Optional<Resident> link(String userId, PendingCode pending) {
        if (!codes.use(pending.id(), clock.instant())) {
            return Optional.empty();
        }
        Optional<Resident> before = resident(pending.phone());
        if (before.isEmpty()) {
            return before; // left the registry while the code was on its way
        }
        Resident r = before.get();
        jdbc.update("update recipient set zalo_user_id = ? where id = ?", userId, r.id());
        boolean relink = r.zaloUserId() != null && !r.zaloUserId().equals(userId);
        audit.record(
                "zalo:" + userId,
                relink ? "zalo.relinked" : "zalo.linked",
                "recipient:" + r.id(),
                r.wardCode(),
                "phone " + pending.phone() + " confirmed by the code sent to it by SMS"
                        + (relink ? "; replaces Zalo follower " + r.zaloUserId() : ""),
                null);
        log.info("Zalo follower {} linked to recipient {}{}", userId, r.id(), relink ? " (relinked)" : "");
        return before;
    }

    private Optional<Resident> resident(String phone) {
        List<Map<String, Object>> rows =
                jdbc.queryForList("select id, ward_code, zalo_user_id, language from recipient where phone = ?", phone);
        return rows.stream()
                .findFirst()
                .map(row -> new Resident(
                        (UUID) row.get("id"), (String) row.get("ward_code"), (String) row.get("zalo_user_id"), (String)
                                row.get("language")));
    }

    private void reply(String userId, String key, Object... arguments) {
        replies.send(userId, messages.getMessage(key, arguments, VIETNAMESE));
    }

    /** A registered person, as far as linking needs them. */
    private record Resident(UUID id, String wardCode, String zaloUserId, String language) {
        Locale locale() {
            return language == null ? VIETNAMESE : Locale.forLanguageTag(language);
        }
    }
}
