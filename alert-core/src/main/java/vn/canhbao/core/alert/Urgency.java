package vn.canhbao.core.alert;

/** CAP 1.2 {@code urgency}: how soon people must act. */
public enum Urgency implements CapEnumeration {
    IMMEDIATE("Immediate"),
    EXPECTED("Expected"),
    FUTURE("Future"),
    PAST("Past"),
    UNKNOWN("Unknown");

    private final String capValue;

    Urgency(String capValue) {
        this.capValue = capValue;
    }

    @Override
    public String capValue() {
        return capValue;
    }
}
