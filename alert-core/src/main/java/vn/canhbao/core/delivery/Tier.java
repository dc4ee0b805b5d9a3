package vn.canhbao.core.delivery;

/**
 * Who is reached first. Neighbourhood leaders and loudspeakers pass a warning on to many people, so they go first
 * (a ward's cell broadcast, which reaches every phone in it, is in the {@code LOUDSPEAKER} tier too: one request for
 * a whole area), then residents who need more time to act, then everyone else.
 */
public enum Tier {
    LEADER,
    LOUDSPEAKER,
    VULNERABLE,
    EVERYONE;

    /** True for the urgent lane: what the dispatcher must never make wait behind the rest. */
    public boolean urgent() {
        return this == LEADER || this == LOUDSPEAKER;
    }
}
