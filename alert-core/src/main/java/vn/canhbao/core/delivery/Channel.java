package vn.canhbao.core.delivery;

/** The ways a warning reaches people. */
public enum Channel {
    SMS,
    ZALO,
    PUSH,
    LOUDSPEAKER
}
