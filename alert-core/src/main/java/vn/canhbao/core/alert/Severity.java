package vn.canhbao.core.alert;

/** CAP 1.2 {@code severity}: how bad the hazard is for those it reaches. */
public enum Severity implements CapEnumeration {
    EXTREME("Extreme"),
    SEVERE("Severe"),
    MODERATE("Moderate"),
    MINOR("Minor"),
    UNKNOWN("Unknown");

    private final String capValue;

    Severity(String capValue) {
        this.capValue = capValue;
    }

    @Override
    public String capValue() {
        return capValue;
    }
}
