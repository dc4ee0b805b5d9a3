package vn.canhbao.channels.esms;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Vietnamese mobile number as eSMS takes it in {@code Phone}: the national form {@code 0xxxxxxxxx}, the form its own
 * callbacks echo in {@code phonenumber} (its documentation does not state the format; it takes {@code 84xxxxxxxxx} too).
 * canhbao keeps numbers in E.164 ({@code +84xxxxxxxxx}). eSMS delivers only in Vietnam, so anything but a Vietnamese
 * mobile number (a foreign number, a landline {@code 02…}) is refused before a request is made.
 */
public final class EsmsPhoneNumber {

    /** After the country code: a mobile prefix 3, 5, 7, 8 or 9 and eight more digits (since the 2018 renumbering). */
    private static final Pattern SUBSCRIBER = Pattern.compile("[35789]\\d{8}");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()-]");

    private EsmsPhoneNumber() {}

    /** {@code address} as {@code 0xxxxxxxxx}, or empty when it is not a Vietnamese mobile number. */
    public static Optional<String> national(String address) {
        return subscriber(address).map(digits -> "0" + digits);
    }

    /** {@code address} in E.164, {@code +84xxxxxxxxx}, or empty when it is not a Vietnamese mobile number. */
    public static Optional<String> e164(String address) {
        return subscriber(address).map(digits -> "+84" + digits);
    }

    private static Optional<String> subscriber(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(address).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = digits.substring(1);
        } else {
            return Optional.empty();
        }
        return SUBSCRIBER.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
