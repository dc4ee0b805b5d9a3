package vn.canhbao.gateway.escalation;

/** Where a group's escalation stands. */
public enum Stage {
    /** Its leaders were sent the warning; no one has confirmed yet. */
    WAITING,
    /** Sent again by SMS after the first wait. */
    RESENT,
    /** Leaders called; the duty officer alerted. */
    CALLED,
    /** No confirmation after the call: someone must go there. */
    UNREACHED,
    /** The ward's rule is met: one leader (or all) confirmed. */
    CONFIRMED,
    /** The alert was cancelled or expired before anyone confirmed. */
    STOPPED;

    public boolean open() {
        return this == WAITING || this == RESENT || this == CALLED;
    }
}
