package vn.canhbao.gateway.registry;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a Vietnamese mobile number as people write it (0912 345 678, +84 912345678, 84912345678) into E.164. */
public final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("^(?:\\+?84|0)([35789]\\d{8})$");

    private PhoneNumbers() {}

    /** The number in E.164 form when the whole text is one Vietnamese mobile number. */
    public static Optional<String> vietnamese(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = MOBILE.matcher(text.replaceAll("[\\s.\\-]", ""));
        return m.matches() ? Optional.of("+84" + m.group(1)) : Optional.empty();
    }

    /** +84912345678 as people write it: 0912 345 678 (another length without the spaces). */
    public static String national(String e164) {
        String n = "0" + e164.substring(3);
        return n.length() == 10 ? n.substring(0, 4) + " " + n.substring(4, 7) + " " + n.substring(7) : n;
    }
}
