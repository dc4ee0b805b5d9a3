package vn.canhbao.channels.esms;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import vn.canhbao.channels.DeliveryReceipt;
import vn.canhbao.core.delivery.DeliveryStatus;

/**
 * eSMS's delivery reports (https://developers.esms.vn/en/esms-api/callback-url): an HTTP GET to the request's
 * {@code CallbackUrl} with the report in query parameters, {@code SMSID}, {@code SendStatus}, {@code SendSuccess},
 * {@code SendFailed}, {@code RequestId} (our dispatch id), {@code phonenumber}, {@code TypeId}, {@code telcoid} and
 * more, retried up to five times. eSMS does not sign them, so the {@code CallbackUrl} carries a secret in its
 * {@value #SECRET_PARAMETER} query parameter and a report counts only when it brings that secret back, compared in
 * constant time; the gateway also requires that the receipt match a dispatch canhbao sent to eSMS.
 *
 * <p>The gateway's endpoint (e.g. {@code GET /webhooks/esms}, also taking a form POST) hands every parameter to
 * {@link #receipt(Map, Instant)}: empty means the secret is missing or wrong (answer 401), an
 * {@link IllegalArgumentException} a malformed report (400).
 */
public final class EsmsCallbacks {

    /** The query parameter of the {@code CallbackUrl} that carries the secret. */
    public static final String SECRET_PARAMETER = "token";

    private final byte[] secret;

    /**
     * @param callbackUrl the configured {@link EsmsConfig#callbackUrl()}, whose secret the reports must bring back
     * @throws IllegalArgumentException when it carries no secret: no report could be trusted
     */
    public EsmsCallbacks(URI callbackUrl) {
        String value = callbackUrl == null ? null : secretOf(callbackUrl);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(
                    "the eSMS callbackUrl needs a secret in its " + SECRET_PARAMETER + " query parameter");
        }
        this.secret = value.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether {@code parameters} bring back the callback URL's secret, compared in constant time. */
    public boolean authentic(Map<String, String> parameters) {
        String given = parameters == null ? null : parameters.get(SECRET_PARAMETER);
        return given != null && MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The receipt in a report, when it carries the secret.
     *
     * @param parameters every query (or form) parameter of the request, as received
     * @return empty when the secret is missing or wrong
     * @throws IllegalArgumentException when an authentic report lacks its SMSID or has an unknown SendStatus
     */
    public Optional<DeliveryReceipt> receipt(Map<String, String> parameters, Instant receivedAt) {
        return authentic(parameters) ? Optional.of(parse(parameters, receivedAt)) : Optional.empty();
    }

    /** The receipt in a report to {@code requestUrl}, as {@link #receipt(Map, Instant)}. */
    public Optional<DeliveryReceipt> receipt(URI requestUrl, Instant receivedAt) {
        return receipt(parameters(requestUrl.getRawQuery()), receivedAt);
    }

    /**
     * The report's status: {@code SendStatus} 1 (pending approval), 2 (waiting to send) and 7 (with the carrier,
     * waiting for its report) are {@code ACCEPTED}; 4 (rejected) is {@code FAILED}; 5 (sending finished) is
     * {@code DELIVERED} when {@code SendSuccess} counts the message, {@code UNDELIVERED} when {@code SendFailed} does
     * (eSMS's own sample reports 5 with two failed), and {@code ACCEPTED} when neither does. The provider code is
     * {@code SendStatus} with the counts ({@code 5:success=1,failed=0}). eSMS does not date the report, so the
     * receipt carries the time it was received.
     */
    static DeliveryReceipt parse(Map<String, String> parameters, Instant receivedAt) {
        Map<String, String> report = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        parameters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                report.putIfAbsent(name, value.strip());
            }
        });
        String smsId = report.get("SMSID");
        String sendStatus = report.get("SendStatus");
        if (smsId == null) {
            throw new IllegalArgumentException("eSMS callback without SMSID");
        }
        if (sendStatus == null) {
            throw new IllegalArgumentException("eSMS callback for " + smsId + " without SendStatus");
        }
        int success = count(report.get("SendSuccess"));
        int failed = count(report.get("SendFailed"));
        DeliveryStatus status =
                switch (sendStatus) {
                    case "1", "2", "7" -> DeliveryStatus.ACCEPTED;
                    case "4" -> DeliveryStatus.FAILED;
                    case "5" ->
                        success > 0
                                ? DeliveryStatus.DELIVERED
                                : failed > 0 ? DeliveryStatus.UNDELIVERED : DeliveryStatus.ACCEPTED;
                    default ->
                        throw new IllegalArgumentException(
                                "eSMS callback for " + smsId + " with unknown SendStatus " + sendStatus);
                };
        return new DeliveryReceipt(
                smsId,
                dispatchId(report.get("RequestId")),
                status,
                sendStatus + ":success=" + success + ",failed=" + failed,
                receivedAt);
    }

    /**
     * The parameters of a raw query string (or form body), decoded; the first of a repeated name wins. A {@code ?}
     * inside the query separates parameters too: eSMS documents its callback as the URL followed by its own
     * parameters, and whether it joins them to a URL that already has a query with {@code &} or with a second
     * {@code ?} is not documented.
     */
    public static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new TreeMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("[&?]")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    /** The secret in a callback URL's {@value #SECRET_PARAMETER} parameter, or {@code null}. */
    static String secretOf(URI callbackUrl) {
        String value = parameters(callbackUrl.getRawQuery()).get(SECRET_PARAMETER);
        return value == null || value.isBlank() ? null : value;
    }

    /** The callback URL with its secret blanked, for logs and messages. */
    static String withoutSecret(URI callbackUrl) {
        String text = callbackUrl.toString();
        return text.replaceAll("([?&]" + SECRET_PARAMETER + "=)[^&#]*", "$1****");
    }

    private static int count(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException notACount) {
            return 0;
        }
    }

    private static UUID dispatchId(String requestId) {
        if (requestId == null) {
            return null;
        }
        try {
            return UUID.fromString(requestId);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
