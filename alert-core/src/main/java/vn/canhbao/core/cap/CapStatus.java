package vn.canhbao.core.cap;

import vn.canhbao.core.alert.CapEnumeration;

/**
 * CAP {@code status}: whether a message is real, a drill, a technical message, a test or a draft. canhbao disseminates
 * only {@code Actual} and {@code Exercise} (diễn tập) messages; the others are recorded and never reach residents.
 */
public enum CapStatus implements CapEnumeration {
    ACTUAL("Actual"),
    EXERCISE("Exercise"),
    SYSTEM("System"),
    TEST("Test"),
    DRAFT("Draft");

    private final String capValue;

    CapStatus(String capValue) {
        this.capValue = capValue;
    }

    @Override
    public String capValue() {
        return capValue;
    }

    /** Whether a message with this status is sent to people: only {@code Actual} and {@code Exercise} are. */
    public boolean isDisseminated() {
        return this == ACTUAL || this == EXERCISE;
    }
}
