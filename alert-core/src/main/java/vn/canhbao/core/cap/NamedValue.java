package vn.canhbao.core.cap;

/**
 * A CAP {@code valueName}/{@code value} pair, as used by {@code eventCode}, {@code parameter} and {@code geocode}. An
 * empty {@code <value/>} is kept as the empty string.
 */
public record NamedValue(String valueName, String value) {

    public NamedValue {
        value = value == null ? "" : value;
    }

    /** Whether this pair is named {@code name}, compared exactly as CAP value names are. */
    public boolean isNamed(String name) {
        return name.equals(valueName);
    }
}
