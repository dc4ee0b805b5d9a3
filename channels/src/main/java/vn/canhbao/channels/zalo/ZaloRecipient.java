package vn.canhbao.channels.zalo;

import java.util.regex.Pattern;

/**
 * Who a Zalo dispatch goes to: the user's id as this OA knows it (from a follow or message webhook), the user's phone
 * for ZNS, or both. The gateway writes it into {@code Dispatch.address()} with {@link #toAddress()}.
 *
 * <p>The address format is {@code uid:<user id>;phone:<E.164 phone>}, either part optional but not both, in any
 * order, e.g. {@code uid:2512523625412515;phone:+84912345678}, {@code uid:2512523625412515} or
 * {@code phone:+84912345678}. {@link #parse} also takes a bare value: one starting with {@code +} is a phone, any
 * other a user id (the older "address is a Zalo user id" convention). A phone may be written {@code +84…},
 * {@code 84…} or {@code 0…} (a Vietnamese national number); it is kept as E.164.
 *
 * @param userId the OA-scoped user id, or {@code null}
 * @param phone the phone in E.164 ({@code +84…}), or {@code null}
 */
public record ZaloRecipient(String userId, String phone) {

    private static final Pattern USER_ID = Pattern.compile("[0-9A-Za-z_-]{1,64}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    public ZaloRecipient {
        userId = userId == null || userId.isBlank() ? null : userId.trim();
        phone = phone == null || phone.isBlank() ? null : normalisePhone(phone.trim());
        if (userId == null && phone == null) {
            throw new IllegalArgumentException("a Zalo recipient needs a user id or a phone");
        }
        if (userId != null && !USER_ID.matcher(userId).matches()) {
            throw new IllegalArgumentException("not a Zalo user id: " + userId);
        }
    }

    public static ZaloRecipient ofUser(String userId) {
        return new ZaloRecipient(userId, null);
    }

    public static ZaloRecipient ofPhone(String phone) {
        return new ZaloRecipient(null, phone);
    }

    /**
     * Reads an address written by {@link #toAddress()} (or a bare user id or {@code +} phone).
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static ZaloRecipient parse(String address) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("empty Zalo address");
        }
        String text = address.trim();
        if (!text.contains(":")) {
            return text.startsWith("+") ? ofPhone(text) : ofUser(text);
        }
        String userId = null;
        String phone = null;
        for (String part : text.split(";")) {
            int colon = part.indexOf(':');
            String key = colon < 0 ? part.trim() : part.substring(0, colon).trim();
            String value = colon < 0 ? "" : part.substring(colon + 1).trim();
            switch (key) {
                case "uid" -> userId = once(key, userId, value);
                case "phone" -> phone = once(key, phone, value);
                default -> throw new IllegalArgumentException("unknown part '" + key + "' in Zalo address " + text);
            }
        }
        return new ZaloRecipient(userId, phone);
    }

    /** The address form, {@code uid:…;phone:…} with the parts this recipient has. */
    public String toAddress() {
        if (userId != null && phone != null) {
            return "uid:" + userId + ";phone:" + phone;
        }
        return userId != null ? "uid:" + userId : "phone:" + phone;
    }

    /** The phone as ZNS wants it: country code first, no {@code +} ({@code 84912345678}), or {@code null}. */
    public String znsPhone() {
        return phone == null ? null : phone.substring(1);
    }

    private static String once(String key, String previous, String value) {
        if (previous != null) {
            throw new IllegalArgumentException("'" + key + "' given twice in a Zalo address");
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("'" + key + "' has no value in a Zalo address");
        }
        return value;
    }

    private static String normalisePhone(String phone) {
        String digits = phone.replace(" ", "").replace(".", "").replace("-", "");
        String e164;
        if (digits.startsWith("+")) {
            e164 = digits;
        } else if (digits.startsWith("84")) {
            e164 = "+" + digits;
        } else if (digits.startsWith("0")) {
            e164 = "+84" + digits.substring(1);
        } else {
            e164 = "+" + digits;
        }
        if (!E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("not a phone number: " + phone);
        }
        return e164;
    }
}
