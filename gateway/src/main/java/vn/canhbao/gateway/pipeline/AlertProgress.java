package vn.canhbao.gateway.pipeline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.pipeline.DeliveryCounts.Waiting;
import vn.canhbao.gateway.registry.GroupRepository;
import vn.canhbao.gateway.registry.NeighbourhoodGroup;
import vn.canhbao.gateway.registry.WardCells;

/** Counts an alert's dispatches by channel and status, for the API and the console's live view. */
@Component
public class AlertProgress {

    private final DeliveryCounts dispatches;
    private final AlertRepository alerts;
    private final GroupRepository groups;
    private final JdbcTemplate jdbc;
    private final WardCells cells;

    AlertProgress(
            DeliveryCounts dispatches,
            AlertRepository alerts,
            GroupRepository groups,
            JdbcTemplate jdbc,
            WardCells cells) {
        this.dispatches = dispatches;
        this.alerts = alerts;
        this.groups = groups;
        this.jdbc = jdbc;
        this.cells = cells;
    }

    public ProgressReport of(StoredAlert stored) {
        Map<Channel, Progress> byChannel = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            byChannel.put(c, Progress.ZERO);
        }
        for (var count : dispatches.progress(stored.alert().id())) {
            byChannel.merge(count.channel(), Progress.of(count.status(), count.count()), Progress::plus);
        }
        Progress total = byChannel.values().stream().reduce(Progress.ZERO, Progress::plus);
        List<UUID> targeted = alerts.targetGroups(stored.alert().id());
        int groupCount = targeted.isEmpty()
                ? (int) groups.ofWard(stored.alert().wardCode()).stream()
                        .filter(g -> g.people() > 0)
                        .map(NeighbourhoodGroup::id)
                        .count()
                : targeted.size();
        Integer reached = jdbc.queryForObject(
                "select count(distinct r.group_id) from dispatch d join recipient r on r.id = d.recipient_id"
                        + " where d.alert_id = ? and d.status in ('ACCEPTED', 'DELIVERED', 'UNDELIVERED')",
                Integer.class,
                stored.alert().id().value());
        Map<Channel, Waiting> waiting = new EnumMap<>(Channel.class);
        if (total.retrying() > 0) {
            // Rows come by channel, the most common reason first: that reason names the channel's trouble.
            for (Waiting w : dispatches.waitingOf(stored.alert().id())) {
                waiting.merge(
                        w.channel(),
                        w,
                        (a, b) -> new Waiting(
                                a.channel(),
                                a.reason(),
                                a.count() + b.count(),
                                a.oldest().isBefore(b.oldest()) ? a.oldest() : b.oldest()));
            }
        }
        int wardCells = cells.count(stored.alert().wardCode());
        int broadcast = byChannel.get(Channel.CELL_BROADCAST).handedOver() > 0 ? wardCells : 0;
        return new ProgressReport(
                stored.state(),
                total,
                byChannel,
                reached == null ? 0 : reached,
                groupCount,
                waiting,
                wardCells,
                broadcast);
    }
}
