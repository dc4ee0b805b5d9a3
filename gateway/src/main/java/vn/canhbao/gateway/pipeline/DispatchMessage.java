package vn.canhbao.gateway.pipeline;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;

/** A dispatch as it travels on a channel's topic. It carries the text, so the dispatcher reads nothing to send it. */
public record DispatchMessage(
        UUID id,
        UUID alertId,
        UUID recipientId,
        Channel channel,
        Tier tier,
        String address,
        String title,
        String body,
        OffsetDateTime expires) {

    static DispatchMessage of(Dispatch d) {
        return new DispatchMessage(
                d.id(),
                d.alertId().value(),
                d.recipientId(),
                d.channel(),
                d.tier(),
                d.address(),
                d.title(),
                d.body(),
                d.expires());
    }

    /** The dispatch, at the attempt the database says it is at. */
    Dispatch toDispatch(int attempt) {
        return new Dispatch(
                id, new AlertId(alertId), recipientId, channel, tier, address, title, body, attempt, expires);
    }
}
