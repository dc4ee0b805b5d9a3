package vn.canhbao.core.alert;

/** What an alert does to earlier ones: a new warning, an update that supersedes, or a cancel (CAP {@code msgType}). */
public enum MessageType implements CapEnumeration {
    ALERT("Alert"),
    UPDATE("Update"),
    CANCEL("Cancel");

    private final String capValue;

    MessageType(String capValue) {
        this.capValue = capValue;
    }

    @Override
    public String capValue() {
        return capValue;
    }
}
