package vn.canhbao.core.delivery;

/** The ways a warning reaches people. */
public enum Channel {
    SMS,
    ZALO,
    PUSH,
    LOUDSPEAKER;

    /** The Kafka topic that carries this channel's dispatches, e.g. {@code canhbao.dispatch.sms}. */
    public String dispatchTopic() {
        return "canhbao.dispatch." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The topic of this channel's urgent lane: leaders, loudspeakers, risk level 4 and 5, and cancels. Its dispatcher
     * takes the provider's capacity first, so a long queue of ordinary messages never holds them back.
     */
    public String urgentDispatchTopic() {
        return dispatchTopic() + ".urgent";
    }

    /** The dead-letter topic for dispatches that failed for good on this channel. */
    public String deadLetterTopic() {
        return dispatchTopic() + ".dlt";
    }
}
