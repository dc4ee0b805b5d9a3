package vn.canhbao.gateway.pipeline;

import vn.canhbao.core.delivery.DeliveryEvent;

/** The Kafka topics of the pipeline (DESIGN.md, "Data flow"). Dispatch topics are named by {@code Channel}. */
public final class Topics {

    /** Upstream bulletins as CAP XML; key: CAP identifier. */
    public static final String BULLETINS = "canhbao.bulletins";

    /** Bulletins that could not be read, with the reason in a header. */
    public static final String BULLETINS_DEAD_LETTER = "canhbao.bulletins.dlt";

    /** Alerts ready to plan; key: ward code. */
    public static final String ALERTS = "canhbao.alerts";

    /** Zalo OA webhook events as received (verified, not yet processed); key: the event's user. */
    public static final String ZALO_EVENTS = "canhbao.webhooks.zalo";

    /** Receipts and failures of dispatches; key: dispatch id. */
    public static final String DELIVERY_EVENTS = DeliveryEvent.TOPIC;

    private Topics() {}
}
