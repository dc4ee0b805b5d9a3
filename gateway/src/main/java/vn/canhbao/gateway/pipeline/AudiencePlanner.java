package vn.canhbao.gateway.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.canhbao.channels.firebase.PushTarget;
import vn.canhbao.channels.zalo.ZaloRecipient;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.audience.Recipient;
import vn.canhbao.core.audience.Tier;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.registry.LoudspeakerClusterRepository;
import vn.canhbao.gateway.registry.RecipientRepository;

/**
 * Who an alert goes to, on which channels: every person of the ward on each channel they chose (leaders on their own
 * app token, so they can confirm), the ward's push topic for everyone with the app, and the ward's loudspeaker
 * clusters. An alert an officer limited to some neighbourhood groups goes to their people and to the clusters that
 * serve them, not to the ward's topic. An update or a cancel goes only to those the alerts it supersedes reached.
 * Leaders and loudspeakers come first, then vulnerable residents, then everyone.
 */
@Component
class AudiencePlanner {

    private final RecipientRepository recipients;
    private final LoudspeakerClusterRepository clusters;
    private final AlertRepository alerts;

    AudiencePlanner(RecipientRepository recipients, LoudspeakerClusterRepository clusters, AlertRepository alerts) {
        this.recipients = recipients;
        this.clusters = clusters;
        this.alerts = alerts;
    }

    List<Target> targets(Alert alert, Set<Channel> channels) {
        List<Target> targets = new ArrayList<>();
        List<UUID> groups = alerts.targetGroups(alert.id());
        List<Recipient> people =
                groups.isEmpty() ? recipients.ofWard(alert.wardCode()) : recipients.ofGroups(alert.wardCode(), groups);
        for (Recipient r : people) {
            for (Channel channel : r.channels()) {
                if (channels.contains(channel)) {
                    address(r, channel).ifPresent(a -> targets.add(new Target(r.id(), channel, a, r.tier())));
                }
            }
        }
        if (channels.contains(Channel.PUSH) && groups.isEmpty()) {
            String topic = PushTarget.wardTopic(alert.wardCode()).format();
            targets.add(new Target(idOf("push-" + topic), Channel.PUSH, topic, Tier.EVERYONE));
        }
        if (channels.contains(Channel.LOUDSPEAKER)) {
            (groups.isEmpty() ? clusters.ofWard(alert.wardCode()) : clusters.ofGroups(alert.wardCode(), groups))
                    .forEach(c -> targets.add(
                            new Target(c.id(), Channel.LOUDSPEAKER, c.vendorClusterId(), Tier.LOUDSPEAKER)));
        }
        if (alert.messageType() != MessageType.ALERT) {
            Set<UUID> reached = recipients.reachedBy(
                    alert.references().stream().map(AlertId::value).toList());
            targets.removeIf(t -> !reached.contains(t.id()));
        }
        targets.sort(Comparator.comparing(Target::tier));
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
            case LOUDSPEAKER -> Optional.empty();
        };
    }

    private static UUID idOf(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
