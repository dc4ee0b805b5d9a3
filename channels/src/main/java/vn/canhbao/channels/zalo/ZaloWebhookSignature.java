package vn.canhbao.channels.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the {@code X-ZEvent-Signature} header of a Zalo OA webhook: {@code mac=} followed by the hex SHA-256 of
 * {@code app_id + rawBody + timestamp + OA secret key}, where {@code app_id} and {@code timestamp} are read from the
 * body and the body is hashed exactly as received (chatwoot/chatwoot {@code app/jobs/webhooks/zalo_events_job.rb};
 * https://hainh.me/zalo-api-php-webhook-callback-official-account.html). It is a plain hash, not an HMAC, and the key is
 * the OA secret key, not the app secret.
 *
 * <p>The signature covers the body's {@code timestamp} (epoch milliseconds), so {@link #signedAt} is the time Zalo
 * vouches for; the webhook refuses events outside its {@code ReplayWindow}, or a captured event could be replayed
 * for ever.
 */
public final class ZaloWebhookSignature {

    /** The header Zalo signs its webhooks in. */
    public static final String HEADER = "X-ZEvent-Signature";

    private static final String PREFIX = "mac=";

    private ZaloWebhookSignature() {}

    /**
     * Whether {@code headerValue} signs {@code rawBody}. Takes the value with or without its {@code mac=} prefix, in
     * either hex case; compares in constant time. A missing header, a body that is not JSON or has no {@code app_id}
     * or {@code timestamp} does not verify.
     */
    public static boolean verify(String rawBody, String headerValue, String oaSecretKey) {
        if (rawBody == null || headerValue == null || oaSecretKey == null || oaSecretKey.isEmpty()) {
            return false;
        }
        String given = headerValue.trim();
        if (given.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            given = given.substring(PREFIX.length());
        }
        String expected = digest(rawBody, oaSecretKey);
        if (expected == null) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII),
                given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The event's {@code timestamp} (epoch milliseconds, as a string or a number), which the signature covers; empty when
     * the body is not a JSON object or has no readable timestamp.
     */
    public static Optional<Instant> signedAt(String rawBody) {
        try {
            JsonNode body = rawBody == null ? null : ZaloHttp.JSON.readTree(rawBody);
            JsonNode timestamp = body == null || !body.isObject() ? null : body.get("timestamp");
            if (timestamp == null || !timestamp.isValueNode()) {
                return Optional.empty();
            }
            return Optional.of(
                    Instant.ofEpochMilli(Long.parseLong(timestamp.asText().trim())));
        } catch (IOException | NumberFormatException | java.time.DateTimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The header value Zalo would send for {@code rawBody}, {@code mac=<hex>}: for the simulator and for tests.
     *
     * @throws IllegalArgumentException if the body has no {@code app_id} or {@code timestamp}
     */
    public static String sign(String rawBody, String oaSecretKey) {
        String digest = digest(rawBody, oaSecretKey);
        if (digest == null) {
            throw new IllegalArgumentException("a Zalo webhook body needs app_id and timestamp");
        }
        return PREFIX + digest;
    }

    private static String digest(String rawBody, String oaSecretKey) {
        JsonNode body;
        try {
            body = ZaloHttp.JSON.readTree(rawBody);
        } catch (IOException notJson) {
            return null;
        }
        if (body == null || !body.isObject()) {
            return null;
        }
        JsonNode appId = body.get("app_id");
        JsonNode timestamp = body.get("timestamp");
        if (appId == null || !appId.isValueNode() || timestamp == null || !timestamp.isValueNode()) {
            return null;
        }
        String signed = appId.asText() + rawBody + timestamp.asText() + oaSecretKey;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(signed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
