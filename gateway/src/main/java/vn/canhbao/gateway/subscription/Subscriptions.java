package vn.canhbao.gateway.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.pipeline.ChannelAdapters;
import vn.canhbao.gateway.registry.PhoneNumbers;
import vn.canhbao.gateway.registry.WardPolicyRepository;
import vn.canhbao.gateway.security.AuditLog;

/**
 * A resident subscribes themselves: they ask for a code for their phone, then give it back with the channels and the
 * language they want, and are upserted into the registry. One link in the confirmation SMS takes them out again.
 *
 * <p>Asking for a code answers the same whether the phone is registered or not, so the page tells no one who is.
 * Every refusal is a {@link SubscriptionRefused} with its {@link Refusal}, counted, and nothing is stored by a
 * refused step except the count of a wrong code.
 */
@Service
class Subscriptions {

    private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);
    private static final Duration RATE_WINDOW = Duration.ofHours(1);
    private static final Duration KEEP_CODES = Duration.ofDays(1);
    private static final int MAX_NAME = 100;

    /** The personal channels a resident may choose; loudspeakers serve the whole ward. */
    static final List<Channel> PERSONAL = List.of(Channel.SMS, Channel.ZALO, Channel.PUSH);

    private final SubscriptionCodes codes;
    private final SubscribedResidents residents;
    private final SubscriptionSms sms;
    private final OneTimeCode oneTimeCode;
    private final UnsubscribeLink links;
    private final SubscriptionProperties properties;
    private final ChannelAdapters adapters;
    private final WardDirectory wards;
    private final AuditLog audit;
    private final SubscriptionMetrics metrics;
    private final TransactionTemplate tx;
    private final WardPolicyRepository policies;
    private final Clock clock = Clock.systemUTC();

    Subscriptions(
            SubscriptionCodes codes,
            SubscribedResidents residents,
            SubscriptionSms sms,
            SubscriptionSecret secret,
            SubscriptionProperties properties,
            ChannelAdapters adapters,
            WardDirectory wards,
            AuditLog audit,
            SubscriptionMetrics metrics,
            TransactionTemplate tx,
            WardPolicyRepository policies) {
        this.codes = codes;
        this.residents = residents;
        this.sms = sms;
        this.oneTimeCode = new OneTimeCode(secret);
        this.links = new UnsubscribeLink(secret, properties.linkValidity());
        this.properties = properties;
        this.adapters = adapters;
        this.wards = wards;
        this.audit = audit;
        this.metrics = metrics;
        this.tx = tx;
        this.policies = policies;
    }

    /**
     * Whether canhbao sends warnings to {@code ward}: a ward is served once it has a ward policy. A resident of any
     * other ward must be told so, never promised warnings that will not come.
     */
    boolean serves(Ward ward) {
        return policies.find(ward.code()).isPresent();
    }

    /** Which of {@code wardCodes} canhbao serves, for a list of search results. */
    Set<String> served(List<String> wardCodes) {
        return policies.findAll(wardCodes).keySet();
    }

    /** The channels offered on the page: the personal ones whose provider is switched on here. */
    List<Channel> offeredChannels() {
        return PERSONAL.stream().filter(adapters.channels()::contains).toList();
    }

    List<String> languages() {
        return properties.languages();
    }

    /**
     * Sends a one-time code to {@code typedPhone} for a subscription in {@code ward}; returns the id the code is
     * confirmed under.
     */
    UUID requestCode(Ward ward, String typedPhone, String groupId, String typedName, String client, Locale locale) {
        if (!serves(ward)) {
            throw refuse(Refusal.WARD_NOT_SERVED);
        }
        String phone = PhoneNumbers.vietnamese(typedPhone).orElseThrow(() -> refuse(Refusal.INVALID_PHONE));
        UUID group = group(ward, groupId);
        String name = typedName == null || typedName.isBlank() ? null : typedName.strip();
        if (name != null && name.length() > MAX_NAME) {
            throw refuse(Refusal.NAME_TOO_LONG, MAX_NAME);
        }
        Instant now = clock.instant();
        codes.purge(now.minus(KEEP_CODES));
        if (codes.sentToPhoneSince(phone, now.minus(RATE_WINDOW)) >= properties.codesPerPhonePerHour()) {
            throw refuse(Refusal.PHONE_LIMIT, properties.codesPerPhonePerHour());
        }
        if (codes.sentFromClientSince(client, now.minus(RATE_WINDOW)) >= properties.codesPerClientPerHour()) {
            throw refuse(Refusal.CLIENT_LIMIT);
        }
        if (!sms.available()) {
            throw refuse(Refusal.SMS_UNAVAILABLE);
        }
        UUID id = UUID.randomUUID();
        String code = OneTimeCode.generate();
        Instant expires = now.plus(properties.codeValidity());
        // Stored before it is sent, so that a second request at the same moment counts it for the limits.
        codes.add(
                new PendingCode(id, phone, ward.code(), group, name, oneTimeCode.hash(id, code), expires, 0, null),
                client,
                now);
        if (!sms.sendCode(id, phone, code, properties.codeValidity(), locale)) {
            codes.remove(id);
            throw refuse(Refusal.SMS_FAILED);
        }
        metrics.codeSent();
        return id;
    }

    /** Confirms the code of {@code codeId} and subscribes the person with what they chose; returns what was stored. */
    Subscription confirm(
            UUID codeId,
            String typedCode,
            List<String> channelChoices,
            String language,
            String client,
            String linkBase) {
        List<Channel> channels = channels(channelChoices);
        if (!properties.languages().contains(language)) {
            throw refuse(Refusal.UNKNOWN_LANGUAGE);
        }
        String code = OneTimeCode.normalise(typedCode);
        if (code == null) {
            throw refuse(Refusal.CODE_MALFORMED, OneTimeCode.DIGITS);
        }
        PendingCode pending = pending(codeId);
        if (!oneTimeCode.matches(codeId, code, pending.codeHash())) {
            int left = properties.maxAttempts() - codes.recordWrongAttempt(codeId, properties.maxAttempts());
            throw left <= 0 ? refuse(Refusal.TOO_MANY_ATTEMPTS) : refuse(Refusal.CODE_WRONG, left);
        }
        Subscription subscription = new Subscription(
                pending.phone(), pending.wardCode(), pending.groupId(), pending.name(), channels, language);
        UUID recipient = tx.execute(status -> {
            if (!codes.use(codeId, clock.instant())) {
                throw refuse(Refusal.CODE_USED);
            }
            UUID id = residents.upsert(subscription);
            audit.record(
                    actor(subscription.phone()),
                    "resident.subscribed",
                    "recipient:" + id,
                    subscription.wardCode(),
                    "channels "
                            + String.join(
                                    ",", channels.stream().map(Channel::name).toList()) + ", language " + language
                            + (pending.groupId() == null ? "" : ", group " + pending.groupId()),
                    client);
            return id;
        });
        metrics.confirmed();
        Ward ward = wards.ward(subscription.wardCode()).orElseThrow();
        String link = linkBase + "/huy-dang-ky/" + links.token(subscription.phone(), clock.instant());
        if (!sms.sendSubscribed(subscription.phone(), ward, link, Locale.forLanguageTag(language))) {
            log.warn(
                    "Resident {} subscribed, but the confirmation SMS with the unsubscribe link did not go", recipient);
        }
        return subscription;
    }

    /** The code waiting under {@code codeId}, if it can still be confirmed. */
    PendingCode pending(UUID codeId) {
        PendingCode pending = codes.find(codeId).orElseThrow(() -> refuse(Refusal.CODE_UNKNOWN));
        if (pending.usedAt() != null) {
            throw refuse(Refusal.CODE_USED);
        }
        if (pending.expired(clock.instant())) {
            throw refuse(Refusal.CODE_EXPIRED, properties.codeValidity().toMinutes());
        }
        if (pending.attempts() >= properties.maxAttempts()) {
            throw refuse(Refusal.TOO_MANY_ATTEMPTS);
        }
        return pending;
    }

    /** Checks an unsubscribe link and returns the phone it is for. */
    String unsubscribePhone(String token) {
        return switch (links.verify(token, clock.instant())) {
            case UnsubscribeLink.Verified.Valid valid -> valid.phone();
            case UnsubscribeLink.Verified.Expired expired -> throw refuse(Refusal.LINK_EXPIRED);
            case UnsubscribeLink.Verified.Invalid invalid -> throw refuse(Refusal.LINK_INVALID);
        };
    }

    /** Takes the person of an unsubscribe link out of the registry; a second tap changes nothing. */
    void unsubscribe(String token, String client) {
        String phone = unsubscribePhone(token);
        boolean removed = Boolean.TRUE.equals(tx.execute(status -> residents
                .remove(phone)
                .map(r -> {
                    audit.record(
                            actor(phone),
                            "resident.unsubscribed",
                            "recipient:" + r.id(),
                            r.wardCode(),
                            "by the link in the confirmation SMS",
                            client);
                    return true;
                })
                .orElse(false)));
        if (removed) {
            metrics.unsubscribed();
        }
    }

    /** The ward a code was asked for, so a page can offer to ask again there. */
    java.util.Optional<String> wardOf(UUID codeId) {
        return codes.find(codeId).map(PendingCode::wardCode);
    }

    List<SubscribedResidents.Group> groupsOf(Ward ward) {
        return residents.groupsOf(ward.code());
    }

    private UUID group(Ward ward, String groupId) {
        if (groupId == null || groupId.isBlank()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(groupId.strip());
            return residents
                    .group(id, ward.code())
                    .map(SubscribedResidents.Group::id)
                    .orElseThrow(() -> refuse(Refusal.UNKNOWN_GROUP));
        } catch (IllegalArgumentException e) {
            throw refuse(Refusal.UNKNOWN_GROUP);
        }
    }

    /** The channels chosen, in order, without repeats; at least one must reach the person's own phone. */
    private List<Channel> channels(List<String> choices) {
        Set<Channel> chosen = new LinkedHashSet<>();
        List<Channel> offered = offeredChannels();
        for (String choice : choices == null ? List.<String>of() : choices) {
            offered.stream().filter(c -> c.name().equals(choice)).findFirst().ifPresent(chosen::add);
        }
        // A resident's app is reached through the ward's topic, not personally: SMS or Zalo must be among the choices.
        if (!chosen.contains(Channel.SMS) && !chosen.contains(Channel.ZALO)) {
            throw refuse(Refusal.NO_CHANNEL);
        }
        return new ArrayList<>(chosen);
    }

    private SubscriptionRefused refuse(Refusal reason, Object... arguments) {
        metrics.refused(reason);
        return new SubscriptionRefused(reason, arguments);
    }

    private static String actor(String phone) {
        return "resident:" + phone;
    }
}
