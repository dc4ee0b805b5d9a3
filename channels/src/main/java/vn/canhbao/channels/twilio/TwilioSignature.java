package vn.canhbao.channels.twilio;

import com.twilio.security.RequestValidator;
import java.util.Map;

/**
 * Checks the {@value #HEADER} header that Twilio puts on every webhook request, so that a forged status callback
 * cannot mark a warning delivered (https://www.twilio.com/docs/usage/webhooks/webhooks-security).
 *
 * <p>Twilio signs the full URL it requested (scheme, host, path and query, exactly as configured, so with our
 * {@code ?dispatch=} parameter) followed by every form parameter name and value, names sorted, concatenated without
 * separators; the signature is the Base64 of the HMAC-SHA1 of that string keyed with the account's auth token. The
 * SDK's {@link RequestValidator} computes exactly this, compares in constant time, and also accepts the URL with
 * the default port added or removed, since Twilio signs it as configured and proxies may change it; we use it rather
 * than a copy.
 *
 * <p>Pass every parameter received, not a list of known ones: Twilio adds parameters without notice.
 */
public final class TwilioSignature {

    /** The request header that carries the signature. */
    public static final String HEADER = "X-Twilio-Signature";

    private TwilioSignature() {}

    /**
     * @param url the full URL Twilio requested, with its query, as the public sees it (not as a proxy rewrote it)
     * @param formParams every {@code application/x-www-form-urlencoded} body parameter; null or empty for none
     * @param signatureHeader the {@value #HEADER} value; null when the header is missing
     * @param authToken the account's auth token
     * @return true only when the signature matches
     * @throws IllegalArgumentException when no auth token is configured: no request could be verified
     */
    public static boolean verify(String url, Map<String, String> formParams, String signatureHeader, String authToken) {
        if (authToken == null || authToken.isBlank()) {
            throw new IllegalArgumentException("authToken is required to verify Twilio signatures");
        }
        if (url == null || url.isBlank() || signatureHeader == null || signatureHeader.isBlank()) {
            return false;
        }
        try {
            return new RequestValidator(authToken)
                    .validate(url, formParams == null ? Map.of() : formParams, signatureHeader);
        } catch (RuntimeException malformedUrl) {
            // The validator parses the URL to try it with and without the port; one it cannot parse is not Twilio's.
            return false;
        }
    }
}
