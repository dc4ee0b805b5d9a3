package vn.canhbao.gateway.messaging;

import java.util.Locale;
import vn.canhbao.core.delivery.Channel;

/** The Kafka topics of the pipeline (DESIGN.md, "Data flow"): their names are known here and nowhere else. */
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
    public static final String DELIVERY_EVENTS = "canhbao.delivery-events";

    private Topics() {}

    /** The topic that carries a channel's dispatches, e.g. {@code canhbao.dispatch.sms}; key: recipient. */
    public static String dispatch(Channel channel) {
        return "canhbao.dispatch." + channel.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The topic of a channel's urgent lane: leaders, loudspeakers, risk level 4 and 5, and cancels. Its dispatcher
     * takes the provider's capacity first, so a long queue of ordinary messages never holds them back.
     */
    public static String urgentDispatch(Channel channel) {
        return dispatch(channel) + ".urgent";
    }

    /** The dead-letter topic for dispatches that failed for good on a channel. */
    public static String deadLetter(Channel channel) {
        return dispatch(channel) + ".dlt";
    }
}
