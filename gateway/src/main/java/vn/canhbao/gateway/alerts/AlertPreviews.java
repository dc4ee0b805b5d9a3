package vn.canhbao.gateway.alerts;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.message.BroadcastComposer;
import vn.canhbao.core.message.MessageRenderer;
import vn.canhbao.core.message.SmsChoice;
import vn.canhbao.core.message.SmsPolicy;
import vn.canhbao.gateway.registry.GroupRepository;
import vn.canhbao.gateway.registry.LoudspeakerClusterRepository;
import vn.canhbao.gateway.registry.NeighbourhoodGroup;
import vn.canhbao.gateway.registry.RecipientRepository;
import vn.canhbao.gateway.registry.WardCells;
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
    private final WardCells cells;

    AlertPreviews(
            AlertRepository alerts,
            RecipientRepository recipients,
            GroupRepository groups,
            LoudspeakerClusterRepository clusters,
            WardPolicyRepository policies,
            WardDirectory wards,
            WardCells cells) {
        this.alerts = alerts;
        this.recipients = recipients;
        this.groups = groups;
        this.clusters = clusters;
        this.policies = policies;
        this.wards = wards;
        this.cells = cells;
    }

    /**
     * The preview of a stored alert. A draft's texts carry the time they would carry if it were issued now, since
     * issuing takes the time of issue as the alert's time (#14); an issued alert's, its time of issue.
     */
    public AlertPreview of(StoredAlert stored) {
        Alert alert = stored.state() == AlertState.DRAFT ? stored.alert().sentAt(AlertService.now()) : stored.alert();
        return of(alert, alerts.targetGroups(stored.alert().id()));
    }

    /**
     * The preview of a Cancel not yet sent ({@code AlertService.cancellationOf} or {@code correctionOf}), for the page
     * that confirms it: its texts exactly as they will be sent, and the audience of the alert it cancels (a Cancel
     * reaches the people the original reached).
     */
    public AlertPreview ofCancel(Alert cancel, StoredAlert original) {
        return of(cancel, alerts.targetGroups(original.alert().id()));
    }

    private AlertPreview of(Alert alert, List<UUID> targeted) {
        List<String> names = groups.ofWard(alert.wardCode()).stream()
                .filter(g -> targeted.contains(g.id()))
                .map(NeighbourhoodGroup::name)
                .toList();
        int clusterCount = targeted.isEmpty()
                ? clusters.ofWard(alert.wardCode()).size()
                : clusters.ofGroups(alert.wardCode(), targeted).size();
        SmsPolicy smsPolicy = smsPolicy(alert);
        SmsChoice sms = renderer.sms(alert, smsPolicy);
        return new AlertPreview(
                wards.resolve(alert.wardCode()).map(Ward::name).orElse(alert.wardCode()),
                sms.variants(),
                sms.reason().sendsWithoutDiacritics(),
                sms.reason(),
                sms.overBudget(),
                renderer.render(alert, Channel.ZALO, smsPolicy),
                renderer.render(alert, Channel.PUSH, smsPolicy),
                renderer.render(alert, Channel.LOUDSPEAKER, smsPolicy),
                recipients.audience(alert.wardCode(), targeted),
                clusterCount,
                names,
                new BroadcastComposer().compose(alert),
                targeted.isEmpty() ? cells.count(alert.wardCode()) : 0);
    }

    /** Which SMS the ward sends for {@code alert} and why: the pipeline's choice ({@code AlertPlanner}). */
    public SmsChoice smsChoice(Alert alert) {
        return renderer.sms(alert, smsPolicy(alert));
    }

    private SmsPolicy smsPolicy(Alert alert) {
        return policies.smsPolicy(alert.wardCode());
    }
}
