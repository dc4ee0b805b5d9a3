package vn.canhbao.core.cap;

import vn.canhbao.core.alert.CapEnumeration;

/** CAP {@code responseType}: the action recommended to the audience. {@code Avoid} and {@code AllClear} are new in CAP 1.2; canhbao accepts them in CAP 1.1 input too. */
public enum CapResponseType implements CapEnumeration {
    SHELTER("Shelter"),
    EVACUATE("Evacuate"),
    PREPARE("Prepare"),
    EXECUTE("Execute"),
    AVOID("Avoid"),
    MONITOR("Monitor"),
    ASSESS("Assess"),
    ALL_CLEAR("AllClear"),
    NONE("None");

    private final String capValue;

    CapResponseType(String capValue) {
        this.capValue = capValue;
    }

    @Override
    public String capValue() {
        return capValue;
    }
}
