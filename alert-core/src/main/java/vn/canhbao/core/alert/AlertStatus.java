package vn.canhbao.core.alert;

/** Whether an alert is real, a drill (diễn tập) or a technical test (CAP {@code status}). */
public enum AlertStatus implements CapEnumeration {
    ACTUAL("Actual"),
    EXERCISE("Exercise"),
    TEST("Test");

    private final String capValue;

    AlertStatus(String capValue) {
        this.capValue = capValue;
    }

    @Override
    public String capValue() {
        return capValue;
    }
}
