package vn.canhbao.channels.loudspeaker;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.canhbao.channels.DeliveryReceipt;

/**
 * The broadcast gateway's callbacks ({@code docs/loudspeaker-api.md}, "Callbacks"): checks their signature and turns
 * them into {@link DeliveryReceipt}s. The gateway's webhook endpoint calls {@link #verify} on the raw body and the
 * {@value #TIMESTAMP_HEADER} header before it parses anything, answers 401 when it fails, 403 when the signed time is
 * outside its replay window (#15: a captured callback could otherwise be replayed for ever) and 400 when
 * {@link #parse} throws.
 */
public final class LoudspeakerCallbacks {

    /**
     * The header that carries the signature: {@code sha256=<hex of HMAC-SHA256(secret, timestamp + "." + raw body)>},
     * where {@code timestamp} is the {@value #TIMESTAMP_HEADER} header exactly as sent.
     */
    public static final String SIGNATURE_HEADER = "X-Signature";

    /** The header that carries when the callback was sent, in Unix seconds; covered by the signature. */
    public static final String TIMESTAMP_HEADER = "X-Timestamp";

    /** The field of a callback (and of the status answer) that says when the status was reached. */
    public static final String UPDATED_AT = "updatedAt";

    private static final String PREFIX = "sha256=";
    private static final String HMAC = "HmacSHA256";

    private LoudspeakerCallbacks() {}

    /**
     * Whether {@code signatureHeader} is the HMAC-SHA256 of {@code timestamp + "." + rawBody} (UTF-8) under
     * {@code secret}, compared in constant time. False for a missing header or timestamp, a missing secret or a
     * malformed value.
     */
    public static boolean verify(String timestamp, String rawBody, String signatureHeader, String secret) {
        return rawBody != null && verify(timestamp, rawBody.getBytes(StandardCharsets.UTF_8), signatureHeader, secret);
    }

    /** As {@link #verify(String, String, String, String)}, on the body exactly as it arrived. */
    public static boolean verify(String timestamp, byte[] rawBody, String signatureHeader, String secret) {
        if (timestamp == null
                || timestamp.isBlank()
                || rawBody == null
                || signatureHeader == null
                || secret == null
                || secret.isEmpty()) {
            return false;
        }
        String value = signatureHeader.strip();
        if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(hmac(signed(timestamp, rawBody), secret), given);
    }

    /** The signature header value for {@code rawBody} sent at {@code timestamp}: what a vendor (or the simulator) sends. */
    public static String sign(String timestamp, String rawBody, String secret) {
        return PREFIX
                + HexFormat.of().formatHex(hmac(signed(timestamp, rawBody.getBytes(StandardCharsets.UTF_8)), secret));
    }

    /** The {@value #TIMESTAMP_HEADER} value for {@code at}: Unix seconds. */
    public static String timestamp(Instant at) {
        return Long.toString(at.getEpochSecond());
    }

    /** The time a {@value #TIMESTAMP_HEADER} value names, or empty when it is missing or not Unix seconds. */
    public static java.util.Optional<Instant> signedAt(String timestamp) {
        if (timestamp == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Instant.ofEpochSecond(Long.parseLong(timestamp.strip())));
        } catch (NumberFormatException | java.time.DateTimeException unreadable) {
            return java.util.Optional.empty();
        }
    }

    private static byte[] signed(String timestamp, byte[] rawBody) {
        byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[prefix.length + rawBody.length];
        System.arraycopy(prefix, 0, data, 0, prefix.length);
        System.arraycopy(rawBody, 0, data, prefix.length, rawBody.length);
        return data;
    }

    /** As {@link #parse(String, LoudspeakerFieldMapping, Clock)}, timing undated callbacks by the system clock. */
    public static List<DeliveryReceipt> parse(String rawBody, LoudspeakerFieldMapping mapping) {
        return parse(rawBody, mapping, Clock.systemUTC());
    }

    /**
     * The receipts in a callback: one for a callback object, one per element for an array of them. A broadcast
     * {@code completed} is {@code DELIVERED}; {@code failed}, {@code cancelled} and {@code expired} are
     * {@code UNDELIVERED}; {@code queued} and {@code playing} are {@code ACCEPTED}. The provider code is the vendor's
     * status word, followed by its error code when it gives one ({@code failed:device_offline}).
     *
     * @param clock the time of an element without a readable {@code updatedAt}
     * @throws IllegalArgumentException when the body is not JSON, or an element lacks a broadcast id or a known status
     */
    public static List<DeliveryReceipt> parse(String rawBody, LoudspeakerFieldMapping mapping, Clock clock) {
        JsonNode root = JsonFields.parseOrNull(rawBody);
        if (root == null || !(root.isObject() || root.isArray())) {
            throw new IllegalArgumentException("a loudspeaker callback is a JSON object or an array of them");
        }
        List<DeliveryReceipt> receipts = new ArrayList<>();
        for (JsonNode element : root.isArray() ? root : List.of(root)) {
            receipts.add(receipt(element, mapping, clock));
        }
        return receipts;
    }

    private static DeliveryReceipt receipt(JsonNode element, LoudspeakerFieldMapping mapping, Clock clock) {
        String id = JsonFields.text(element, mapping.broadcastIdPath());
        if (id == null) {
            throw new IllegalArgumentException("callback without a broadcast id at " + mapping.broadcastIdPath());
        }
        String word = JsonFields.text(element, mapping.statusPath());
        BroadcastStatus status = mapping.status(word);
        if (status == null) {
            throw new IllegalArgumentException("callback for " + id + " has status " + word + ", not one of "
                    + BroadcastStatus.contractNames() + " or the mapping's aliases "
                    + mapping.statusAliases().keySet());
        }
        String errorCode = JsonFields.text(element, mapping.errorCodePath());
        String providerCode = errorCode == null ? word : word + ":" + errorCode;
        return new DeliveryReceipt(
                id,
                dispatchId(JsonFields.text(element, mapping.reference())),
                status.deliveryStatus(),
                providerCode,
                at(JsonFields.text(element, UPDATED_AT), clock));
    }

    private static UUID dispatchId(String reference) {
        if (reference == null) {
            return null;
        }
        try {
            return UUID.fromString(reference);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    private static Instant at(String updatedAt, Clock clock) {
        if (updatedAt != null) {
            try {
                return OffsetDateTime.parse(updatedAt).toInstant();
            } catch (DateTimeParseException unreadable) {
                // fall through to the time it reached us
            }
        }
        return clock.instant();
    }

    private static byte[] hmac(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("every JDK has HmacSHA256", impossible);
        }
    }
}
