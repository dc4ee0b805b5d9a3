package vn.canhbao.gateway.alerts;

import java.util.Map;
import vn.canhbao.core.delivery.Channel;

/**
 * Where the delivery of an alert stands: in total and per channel, and how many of the neighbourhood groups it was for
 * have had at least one message handed over to one of their people.
 */
public record ProgressReport(
        AlertState state, Progress total, Map<Channel, Progress> byChannel, int groupsReached, int groups) {

    public ProgressReport {
        byChannel = Map.copyOf(byChannel);
    }
}
