package vn.canhbao.channels.esms;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.canhbao.channels.ProviderLimits;
import vn.canhbao.core.message.SmsEncoding;
import vn.canhbao.core.message.SmsSegments;

/**
 * How to reach eSMS.vn's brandname SMS API ({@code SendMultipleMessage_V4_post_json}). Framework-free: the gateway binds
 * {@code canhbao.channels.esms.*} straight into it. Missing values take the defaults below; {@link #validate()} reports
 * every problem at once.
 *
 * @param apiKey the account's ApiKey; never printed, not even by {@link #toString()}
 * @param secretKey the account's SecretKey; never printed
 * @param brandname the registered sender name shown on the handset, at most {@value #MAX_BRANDNAME} characters
 * @param smsType eSMS's message type; {@value #CUSTOMER_CARE} (chăm sóc khách hàng) by default, the type a brandname
 *     notice is sent as
 * @param unicode whether every message is sent as Unicode ({@code IsUnicode "1"}); when false, only a text with
 *     characters outside the GSM alphabet (Vietnamese with diacritics) is, so that the ward's SMS policy, which already
 *     chose diacritics or không dấu, decides
 * @param callbackUrl where eSMS reports delivery ({@code CallbackUrl}); {@code null} for no reports. eSMS does not sign
 *     its callbacks, so the URL must carry a secret in its {@value EsmsCallbacks#SECRET_PARAMETER} query parameter,
 *     which {@link EsmsCallbacks} checks; never printed
 * @param baseUrl eSMS's API root, {@value #DEFAULT_BASE_URL} by default (the simulator's in tests)
 * @param limits timeouts, rate and concurrency ({@code canhbao.channels.esms.limits.*}); {@code null} or unset values for
 *     {@link #DEFAULT_LIMITS}
 */
public record EsmsConfig(
        String apiKey,
        String secretKey,
        String brandname,
        String smsType,
        boolean unicode,
        URI callbackUrl,
        URI baseUrl,
        ProviderLimits limits) {

    public static final String DEFAULT_BASE_URL = "https://rest.esms.vn";

    /** SmsType 2, customer care (CSKH): a brandname message to one number, templated, sent at once. */
    public static final String CUSTOMER_CARE = "2";

    /** Vietnamese carriers take alphanumeric sender names of at most 11 characters. */
    public static final int MAX_BRANDNAME = 11;

    /** The shortest callback secret accepted: 128 bits as hex, or as many characters of a random token. */
    public static final int MIN_CALLBACK_SECRET = 16;

    /**
     * eSMS publishes no rate or concurrency limit for its send API (its developer documentation, the
     * {@code devesms/gitbook_esms_for_develop_v2_en} pages on sending and on error codes, has none; none of its codes
     * means "slow down"). 10 a second is Twilio's default rate for an alphanumeric sender, carried over until eSMS
     * confirms a figure for the account; raise it with {@code limits.messages-per-second}.
     */
    public static final double DEFAULT_MESSAGES_PER_SECOND = 10;

    /** Not published either; 10 in flight sustains the default rate at up to one second a request. */
    public static final int DEFAULT_MAX_CONCURRENCY = 10;

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** A send only queues the message at eSMS; waiting longer only holds a dispatcher thread. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    /** The four defaults above, for what {@code limits} leaves unset. */
    public static final ProviderLimits DEFAULT_LIMITS = new ProviderLimits(
            DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_MESSAGES_PER_SECOND, DEFAULT_MAX_CONCURRENCY);

    public EsmsConfig {
        // Unset environment variables arrive as empty strings.
        apiKey = blankToNull(apiKey);
        secretKey = blankToNull(secretKey);
        brandname = blankToNull(brandname);
        smsType = isBlank(smsType) ? CUSTOMER_CARE : smsType.strip();
        baseUrl = baseUrl == null ? URI.create(DEFAULT_BASE_URL) : baseUrl;
        limits = ProviderLimits.orDefaults(limits, DEFAULT_LIMITS);
    }

    /** A configuration with the defaults: customer care, Unicode only where the text needs it, no delivery reports. */
    public static EsmsConfig of(String apiKey, String secretKey, String brandname) {
        return new EsmsConfig(apiKey, secretKey, brandname, null, false, null, null, null);
    }

    /**
     * Checks every value.
     *
     * @throws IllegalStateException naming every missing or malformed value
     */
    public EsmsConfig validate() {
        List<String> problems = new ArrayList<>();
        if (apiKey == null) {
            problems.add("apiKey is required (the ApiKey on the eSMS account page)");
        }
        if (secretKey == null) {
            problems.add("secretKey is required (the SecretKey on the eSMS account page)");
        }
        if (brandname == null) {
            problems.add("brandname is required (the sender name registered with eSMS and the carriers)");
        } else if (brandname.length() > MAX_BRANDNAME || !brandname.matches("[A-Za-z0-9 ._-]+")) {
            problems.add("brandname must be at most " + MAX_BRANDNAME
                    + " letters, digits, spaces, dots, dashes or underscores, was " + brandname);
        }
        if (!smsType.matches("\\d+")) {
            problems.add("smsType must be eSMS's numeric message type (2 for customer care), was " + smsType);
        }
        if (!isHttp(baseUrl)) {
            problems.add("baseUrl must be an absolute http(s) URL, was " + baseUrl);
        }
        if (callbackUrl != null) {
            if (!isHttp(callbackUrl)) {
                problems.add(
                        "callbackUrl must be an absolute http(s) URL, was " + EsmsCallbacks.withoutSecret(callbackUrl));
            }
            String secret = EsmsCallbacks.secretOf(callbackUrl);
            if (secret == null || secret.length() < MIN_CALLBACK_SECRET) {
                problems.add("callbackUrl must carry a secret of at least " + MIN_CALLBACK_SECRET
                        + " characters in its " + EsmsCallbacks.SECRET_PARAMETER
                        + " query parameter: eSMS does not sign its callbacks");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("eSMS configuration is incomplete: " + String.join("; ", problems));
        }
        return this;
    }

    /** The value of {@code IsUnicode} for {@code text}. */
    String isUnicode(String text) {
        return unicode || SmsSegments.encoding(text) == SmsEncoding.UCS_2 ? "1" : "0";
    }

    /** Everything but the keys and the callback secret, so that a logged configuration leaks nothing. */
    @Override
    public String toString() {
        return "EsmsConfig[apiKey=" + hidden(apiKey) + ", secretKey=" + hidden(secretKey) + ", brandname=" + brandname
                + ", smsType=" + smsType + ", unicode=" + unicode + ", callbackUrl="
                + (callbackUrl == null ? null : EsmsCallbacks.withoutSecret(callbackUrl)) + ", baseUrl=" + baseUrl
                + ", limits=" + limits + "]";
    }

    private static boolean isHttp(URI url) {
        return url.getHost() != null && List.of("http", "https").contains(url.getScheme());
    }

    private static String hidden(String secret) {
        return secret == null ? "(none)" : "****";
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
