package vn.canhbao.gateway.pipeline;

import java.util.Map;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.alerts.AlertState;
import vn.canhbao.gateway.pipeline.DeliveryCounts.Waiting;

/**
 * Where the delivery of an alert stands: in total and per channel, how many of the neighbourhood groups it was for
 * have had at least one message handed over to one of their people, and per channel what waits on a failing provider
 * (the reason most of it failed for; only channels with something waiting).
 *
 * @param wardCells the cells of the alert's ward in the registry
 * @param cellsBroadcast the cells the CBC took the ward's broadcast for: all the ward's cells once the CBC answered
 *     that its cells' controllers confirmed the write (OsmoCBC answers only then), else 0
 */
public record ProgressReport(
        AlertState state,
        Progress total,
        Map<Channel, Progress> byChannel,
        int groupsReached,
        int groups,
        Map<Channel, Waiting> waiting,
        int wardCells,
        int cellsBroadcast) {

    public ProgressReport {
        byChannel = Map.copyOf(byChannel);
        waiting = Map.copyOf(waiting);
    }
}
