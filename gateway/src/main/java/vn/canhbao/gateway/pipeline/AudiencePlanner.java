package vn.canhbao.gateway.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.canhbao.channels.firebase.PushTarget;
import vn.canhbao.channels.zalo.ZaloRecipient;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.audience.Recipient;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Tier;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.registry.AudienceScope;
import vn.canhbao.gateway.registry.LoudspeakerClusterRepository;
import vn.canhbao.gateway.registry.RecipientRepository;

/**
 * Who an alert goes to, on which channels: every person of the ward on each channel they chose (leaders on their own
 * app token, so they can confirm), the ward's push topic for everyone with the app, and the ward's loudspeaker
 * clusters, and every phone in the ward's cells by cell broadcast ({@link CellBroadcasts}). An alert an officer limited to some neighbourhood groups goes to their people and to the clusters that
 * serve them, not to the ward's topic. An update or a cancel goes only to those the alerts it supersedes reached.
 * Leaders and loudspeakers come first, read by their own small queries, then vulnerable residents, then everyone, a
 * page at a time: however large the ward, one page of it is in memory.
 */
@Component
class AudiencePlanner {

    private final RecipientRepository recipients;
    private final LoudspeakerClusterRepository clusters;
    private final AlertRepository alerts;
    private final CellBroadcasts broadcasts;

    AudiencePlanner(
            RecipientRepository recipients,
            LoudspeakerClusterRepository clusters,
            AlertRepository alerts,
            CellBroadcasts broadcasts) {
        this.recipients = recipients;
        this.clusters = clusters;
        this.alerts = alerts;
        this.broadcasts = broadcasts;
    }

    /**
     * The urgent tier of {@code alert}, read before any resident: the ward's cell broadcast and the loudspeaker
     * clusters first, as one request reaches a whole ward or neighbourhood, then the leaders on every channel they
     * have. {@link #rest} then hands over
     * everyone else in the order they are to be sent.
     */
    List<Target> urgent(Alert alert, Set<Channel> channels) {
        AudienceScope scope = scope(alert);
        List<Target> urgent = new ArrayList<>();
        if (channels.contains(Channel.CELL_BROADCAST)) {
            broadcasts.of(alert, scope).ifPresent(urgent::add);
        }
        if (channels.contains(Channel.LOUDSPEAKER)) {
            clusters.within(scope)
                    .forEach(c ->
                            urgent.add(new Target(c.id(), Channel.LOUDSPEAKER, c.vendorClusterId(), Tier.LOUDSPEAKER)));
        }
        urgent.addAll(targets(recipients.leaders(scope), channels));
        return urgent;
    }

    /** Everyone after the urgent tier, a page at a time: the vulnerable, the ward's topic, then the others. */
    void rest(Alert alert, Set<Channel> channels, int page, Consumer<List<Target>> each) {
        AudienceScope scope = scope(alert);
        residents(scope, true, channels, page, each);
        // One message to the topic reaches everyone with the app: the first of its tier, not behind the whole ward.
        if (channels.contains(Channel.PUSH) && scope.groupIds().isEmpty()) {
            String topic = PushTarget.wardTopic(alert.wardCode()).format();
            UUID id = idOf("push-" + topic);
            if (recipients.reached(scope, id)) {
                each.accept(List.of(new Target(id, Channel.PUSH, topic, Tier.EVERYONE)));
            }
        }
        residents(scope, false, channels, page, each);
    }

    private AudienceScope scope(Alert alert) {
        List<UUID> groups = alerts.targetGroups(alert.id());
        List<UUID> superseded = alert.messageType() == MessageType.ALERT
                ? List.of()
                : alert.references().stream().map(AlertId::value).toList();
        return new AudienceScope(alert.wardCode(), groups, superseded);
    }

    private void residents(
            AudienceScope scope, boolean vulnerable, Set<Channel> channels, int page, Consumer<List<Target>> each) {
        UUID after = null;
        List<Recipient> people;
        do {
            people = recipients.residents(scope, vulnerable, after, page);
            if (!people.isEmpty()) {
                each.accept(targets(people, channels));
                after = people.getLast().id();
            }
        } while (people.size() == page);
    }

    /** Each person on each channel they chose that is in service and on which they have an address. */
    static List<Target> targets(List<Recipient> people, Set<Channel> channels) {
        List<Target> targets = new ArrayList<>();
        for (Recipient r : people) {
            for (Channel channel : r.channels()) {
                if (channels.contains(channel)) {
                    address(r, channel).ifPresent(a -> targets.add(new Target(r.id(), channel, a, r.tier())));
                }
            }
        }
        return targets;
    }

    /**
     * The address of a person on a channel, if they have one there. Zalo needs a follower id, a phone for ZNS, or
     * both; a leader's push goes to their app's token (residents get the ward's topic instead).
     */
    static Optional<String> address(Recipient r, Channel channel) {
        return switch (channel) {
            case SMS -> r.phoneNumber();
            case ZALO ->
                r.zaloUser().isEmpty() && r.phoneNumber().isEmpty()
                        ? Optional.empty()
                        : Optional.of(new ZaloRecipient(r.zaloUserId(), r.phone()).toAddress());
            case PUSH ->
                r.isLeader() ? r.push().map(token -> PushTarget.token(token).format()) : Optional.empty();
            case LOUDSPEAKER, CELL_BROADCAST -> Optional.empty();
        };
    }

    private static UUID idOf(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
