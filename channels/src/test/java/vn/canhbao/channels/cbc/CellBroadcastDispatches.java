package vn.canhbao.channels.cbc;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;

/** Cell broadcast dispatches as the planner writes them: one per alert and ward, the order as the address. */
public final class CellBroadcastDispatches {

    private CellBroadcastDispatches() {}

    public static Dispatch of(CellBroadcastOrder order, String body, int attempt, OffsetDateTime expires) {
        return new Dispatch(
                UUID.randomUUID(),
                AlertId.random(),
                UUID.randomUUID(),
                Channel.CELL_BROADCAST,
                Tier.LOUDSPEAKER,
                order.format(),
                "",
                body,
                attempt,
                expires);
    }
}
