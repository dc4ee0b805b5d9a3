package vn.canhbao.core.cap;

import vn.canhbao.core.alert.CapEnumeration;

/** CAP {@code category}: the broad kind of event an {@code info} block is about. */
public enum CapCategory implements CapEnumeration {
    GEO("Geo"),
    MET("Met"),
    SAFETY("Safety"),
    SECURITY("Security"),
    RESCUE("Rescue"),
    FIRE("Fire"),
    HEALTH("Health"),
    ENV("Env"),
    TRANSPORT("Transport"),
    INFRA("Infra"),
    CBRNE("CBRNE"),
    OTHER("Other");

    private final String capValue;

    CapCategory(String capValue) {
        this.capValue = capValue;
    }

    @Override
    public String capValue() {
        return capValue;
    }
}
