package vn.canhbao.core.alert;

import java.util.Optional;

/** An enumeration whose values are written in CAP with their exact, case-sensitive spelling. */
public interface CapEnumeration {

    /** The value as CAP 1.2 spells it, e.g. {@code Extreme}. */
    String capValue();

    /** The constant whose CAP spelling is {@code value}, matched exactly as the CAP schema does. */
    static <E extends Enum<E> & CapEnumeration> Optional<E> fromCap(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (e.capValue().equals(value.trim())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
