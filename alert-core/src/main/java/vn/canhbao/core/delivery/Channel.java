package vn.canhbao.core.delivery;

/** The ways a warning reaches people. */
public enum Channel {
    SMS,
    ZALO,
    PUSH,
    LOUDSPEAKER,
    /**
     * Every phone in a ward's cells, registered or not, through the carrier's Cell Broadcast Centre: one message per
     * alert and ward, keyed by the CBS message identifier and serial number (3GPP TS 23.041).
     */
    CELL_BROADCAST;

    /**
     * True for the channels that reach a place rather than a person (a loudspeaker cluster, a ward's cells): no one
     * chooses them in the registry, and each alert sends one message per cluster or ward.
     */
    public boolean reachesAnArea() {
        return this == LOUDSPEAKER || this == CELL_BROADCAST;
    }
}
