package vn.canhbao.gateway.ack;

/** How a leader confirmed. */
public enum Via {
    /** The personal link in their SMS or Zalo message. */
    LINK,
    /** A reply such as "Đã nhận", "OK" or "1" from their linked Zalo account. */
    ZALO,
    /** The confirm action of the app. */
    APP,
    /** Pressing 1 during the escalation call. */
    VOICE
}
