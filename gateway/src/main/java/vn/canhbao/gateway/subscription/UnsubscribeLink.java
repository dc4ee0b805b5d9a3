package vn.canhbao.gateway.subscription;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token of the one-tap unsubscribe link sent in the confirmation SMS: the phone, the last day the link works and
 * an HMAC of both, e.g. {@code 84912345678.k3c.0dY5hC1x6t3sQm2ZbF8w}. It is short because every character of an SMS
 * counts: the phone in digits, the day in base 36, and 12 bytes (96 bits) of the MAC, which cannot be guessed
 * online.
 */
final class UnsubscribeLink {

    private static final int MAC_BYTES = 12;
    private static final Pattern TOKEN = Pattern.compile("^(84[35789]\\d{8})\\.([0-9a-z]{1,6})\\.([A-Za-z0-9_-]{16})$");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** What a token says, once checked. */
    sealed interface Verified {
        /** Authentic and in time: unsubscribe this phone (E.164). */
        record Valid(String phone) implements Verified {}

        /** Authentic, but its last day has passed. */
        record Expired(String phone) implements Verified {}

        /** Not a token we made: altered, cut short or made up. */
        record Invalid() implements Verified {}
    }

    private final byte[] key;
    private final Duration validity;

    UnsubscribeLink(SubscriptionSecret secret, Duration validity) {
        this.key = secret.linkKey();
        this.validity = validity;
    }

    /** The token for {@code phone} (E.164, +84…), valid until the end of the day {@code validity} from now (UTC). */
    String token(String phone, Instant now) {
        if (!phone.startsWith("+84")) {
            throw new IllegalArgumentException("not a Vietnamese number in E.164: " + phone);
        }
        long lastDay = LocalDate.ofInstant(now.plus(validity), ZoneOffset.UTC).toEpochDay();
        String payload = phone.substring(1) + "." + Long.toString(lastDay, 36);
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    Verified verify(String token, Instant now) {
        Matcher m = token == null ? null : TOKEN.matcher(token);
        if (m == null || !m.matches()) {
            return new Verified.Invalid();
        }
        String payload = m.group(1) + "." + m.group(2);
        byte[] given = Base64.getUrlDecoder().decode(m.group(3));
        if (!MessageDigest.isEqual(mac(payload), given)) {
            return new Verified.Invalid();
        }
        String phone = "+" + m.group(1);
        long lastDay = Long.parseLong(m.group(2), 36);
        return LocalDate.ofInstant(now, ZoneOffset.UTC).toEpochDay() > lastDay
                ? new Verified.Expired(phone)
                : new Verified.Valid(phone);
    }

    private byte[] mac(String payload) {
        byte[] full = Hmac.sha256(key, ("unsubscribe:" + payload).getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(full, MAC_BYTES);
    }
}
