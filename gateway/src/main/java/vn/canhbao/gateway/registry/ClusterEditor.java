package vn.canhbao.gateway.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.canhbao.core.cap.CapProblem;
import vn.canhbao.gateway.security.AuditLog;
import vn.canhbao.gateway.web.BadRequestException;
import vn.canhbao.gateway.web.NotFoundException;

/** Adds, changes and removes a ward's loudspeaker clusters, for the console and the API alike; each change audited. */
@Service
public class ClusterEditor {

    private final LoudspeakerClusterRepository clusters;
    private final GroupRepository groups;
    private final AuditLog audit;

    ClusterEditor(LoudspeakerClusterRepository clusters, GroupRepository groups, AuditLog audit) {
        this.clusters = clusters;
        this.groups = groups;
        this.audit = audit;
    }

    public LoudspeakerCluster add(String ward, ClusterChange change, String actor, String from) {
        LoudspeakerCluster cluster = valid(ward, UUID.randomUUID(), change);
        clusters.add(cluster);
        audit.record(actor, "registry.cluster-added", cluster.id().toString(), ward, describe(cluster), from);
        return cluster;
    }

    public LoudspeakerCluster change(String ward, UUID id, ClusterChange change, String actor, String from) {
        LoudspeakerCluster cluster = valid(ward, id, change);
        if (!clusters.update(cluster)) {
            throw new NotFoundException("Ward " + ward + " has no loudspeaker cluster " + id + ".");
        }
        audit.record(actor, "registry.cluster-changed", id.toString(), ward, describe(cluster), from);
        return cluster;
    }

    public void remove(String ward, UUID id, String actor, String from) {
        if (!clusters.remove(ward, id)) {
            throw new NotFoundException("Ward " + ward + " has no loudspeaker cluster " + id + ".");
        }
        audit.record(actor, "registry.cluster-removed", id.toString(), ward, null, from);
    }

    private LoudspeakerCluster valid(String ward, UUID id, ClusterChange change) {
        List<CapProblem> errors = new ArrayList<>();
        if (change.name() == null || change.name().isBlank()) {
            errors.add(new CapProblem("name", "Give the cluster a name people know, e.g. \"Cụm loa thôn Bản Chang\"."));
        }
        if (change.vendorClusterId() == null || change.vendorClusterId().isBlank()) {
            errors.add(new CapProblem(
                    "vendorClusterId", "Give the id the loudspeaker vendor's system knows this cluster by."));
        }
        if (change.groupId() != null
                && !groups.notInWard(ward, List.of(change.groupId())).isEmpty()) {
            errors.add(new CapProblem(
                    "groupId", change.groupId() + " is not a neighbourhood group of ward " + ward + "."));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return new LoudspeakerCluster(
                id, ward, change.vendorClusterId().strip(), change.name().strip(), change.groupId());
    }

    private static String describe(LoudspeakerCluster c) {
        return c.name() + " (" + c.vendorClusterId() + (c.groupId() == null ? ", whole ward" : ", group " + c.groupId())
                + ")";
    }
}
