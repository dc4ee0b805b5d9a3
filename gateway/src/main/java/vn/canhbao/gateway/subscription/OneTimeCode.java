package vn.canhbao.gateway.subscription;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The six-digit code that proves a person holds the phone they typed. Only its HMAC is stored, keyed with the
 * subscription secret and salted with the code's id: a million codes are quick to try against a bare hash, not
 * against a key the database does not hold.
 */
final class OneTimeCode {

    static final int DIGITS = 6;
    private static final Pattern SHAPE = Pattern.compile("\\d{" + DIGITS + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    OneTimeCode(SubscriptionSecret secret) {
        this.key = secret.codeKey();
    }

    /** A new code, uniformly from 000000 to 999999. */
    static String generate() {
        return String.format("%0" + DIGITS + "d", RANDOM.nextInt(1_000_000));
    }

    /** The code as a person may type it ("123 456", "123-456"), or null when it cannot be a code at all. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[\\s.\\-]", "");
        return SHAPE.matcher(digits).matches() ? digits : null;
    }

    /** The hex HMAC of {@code code} for the code row {@code id}. */
    String hash(UUID id, String code) {
        return HexFormat.of().formatHex(Hmac.sha256(key, (id + ":" + code).getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code code} is the one hashed as {@code storedHash}, in time that does not depend on where they differ. */
    boolean matches(UUID id, String code, String storedHash) {
        return MessageDigest.isEqual(
                hash(id, code).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
