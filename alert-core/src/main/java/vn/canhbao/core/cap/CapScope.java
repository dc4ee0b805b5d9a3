package vn.canhbao.core.cap;

import vn.canhbao.core.alert.CapEnumeration;

/** CAP {@code scope}: who may receive the message. {@code Restricted} needs {@code restriction}; {@code Private} needs {@code addresses}. */
public enum CapScope implements CapEnumeration {
    PUBLIC("Public"),
    RESTRICTED("Restricted"),
    PRIVATE("Private");

    private final String capValue;

    CapScope(String capValue) {
        this.capValue = capValue;
    }

    @Override
    public String capValue() {
        return capValue;
    }
}
