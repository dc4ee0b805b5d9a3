package vn.canhbao.core.alert;

/** CAP 1.2 {@code certainty}: how sure the issuer is that the hazard will happen. */
public enum Certainty implements CapEnumeration {
    OBSERVED("Observed"),
    LIKELY("Likely"),
    POSSIBLE("Possible"),
    UNLIKELY("Unlikely"),
    UNKNOWN("Unknown");

    private final String capValue;

    Certainty(String capValue) {
        this.capValue = capValue;
    }

    @Override
    public String capValue() {
        return capValue;
    }
}
