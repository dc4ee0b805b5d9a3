package vn.canhbao.core.cap;

import vn.canhbao.core.alert.CapEnumeration;

/** CAP {@code msgType}: what a message does to earlier ones. {@code Update}, {@code Cancel}, {@code Ack} and {@code Error} act on the messages named in {@code references}. */
public enum CapMessageType implements CapEnumeration {
    ALERT("Alert"),
    UPDATE("Update"),
    CANCEL("Cancel"),
    ACK("Ack"),
    ERROR("Error");

    private final String capValue;

    CapMessageType(String capValue) {
        this.capValue = capValue;
    }

    @Override
    public String capValue() {
        return capValue;
    }
}
