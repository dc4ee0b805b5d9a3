package vn.canhbao.gateway.alerts;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.message.MessageRenderer;
import vn.canhbao.gateway.registry.GroupRepository;
import vn.canhbao.gateway.registry.LoudspeakerClusterRepository;
import vn.canhbao.gateway.registry.NeighbourhoodGroup;
import vn.canhbao.gateway.registry.RecipientRepository;
import vn.canhbao.gateway.registry.WardPolicy;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/** Builds the preview of an alert from the same renderer the pipeline sends with, so what is shown is what is sent. */
@Component
public class AlertPreviews {

    private final MessageRenderer renderer = new MessageRenderer();
    private final AlertRepository alerts;
    private final RecipientRepository recipients;
    private final GroupRepository groups;
    private final LoudspeakerClusterRepository clusters;
    private final WardPolicyRepository policies;
    private final WardDirectory wards;

    AlertPreviews(
            AlertRepository alerts,
            RecipientRepository recipients,
            GroupRepository groups,
            LoudspeakerClusterRepository clusters,
            WardPolicyRepository policies,
            WardDirectory wards) {
        this.alerts = alerts;
        this.recipients = recipients;
        this.groups = groups;
        this.clusters = clusters;
        this.policies = policies;
        this.wards = wards;
    }

    public AlertPreview of(StoredAlert stored) {
        Alert alert = stored.alert();
        List<UUID> targeted = alerts.targetGroups(alert.id());
        List<String> names = groups.ofWard(alert.wardCode()).stream()
                .filter(g -> targeted.contains(g.id()))
                .map(NeighbourhoodGroup::name)
                .toList();
        int clusterCount = targeted.isEmpty()
                ? clusters.ofWard(alert.wardCode()).size()
                : clusters.ofGroups(alert.wardCode(), targeted).size();
        boolean withoutDiacritics = policies.find(alert.wardCode())
                .map(WardPolicy::smsWithoutDiacritics)
                .orElse(false);
        return new AlertPreview(
                wards.resolve(alert.wardCode()).map(Ward::name).orElse(alert.wardCode()),
                renderer.smsPreview(alert),
                withoutDiacritics,
                renderer.render(alert, Channel.ZALO, false),
                renderer.render(alert, Channel.PUSH, false),
                renderer.render(alert, Channel.LOUDSPEAKER, false),
                recipients.audience(alert.wardCode(), targeted),
                clusterCount,
                names);
    }
}
