package vn.canhbao.channels.twilio;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.canhbao.channels.ProviderLimits;

/**
 * How to reach Twilio's Messages API. Framework-free: the gateway binds {@code canhbao.channels.twilio.*} straight
 * into it. Missing timeouts and rates take the defaults below; {@link #validate()} reports every missing required
 * value at once.
 *
 * @param accountSid the account ({@code AC…}); it is the Basic-auth user and part of the request path
 * @param authToken the account's auth token; never printed, not even by {@link #toString()}
 * @param messagingServiceSid the Messaging Service ({@code MG…}) to send from; this or {@code from} is required
 * @param from a sender (registered alphanumeric sender ID or number); this or {@code messagingServiceSid}
 * @param statusCallbackUrl where Twilio posts delivery status; {@code null} for none
 * @param baseUrl where all API traffic goes instead of {@code https://api.twilio.com}, e.g. the simulator;
 *     {@code null} for Twilio itself
 * @param limits timeouts, rate and concurrency ({@code canhbao.channels.twilio.limits.*}); {@code null} or unset
 *     values for {@link #DEFAULT_LIMITS}
 */
public record TwilioConfig(
        String accountSid,
        String authToken,
        String messagingServiceSid,
        String from,
        URI statusCallbackUrl,
        URI baseUrl,
        ProviderLimits limits) {

    /**
     * Twilio sends up to 10 message segments per second from an alphanumeric sender ID by default (the kind of sender
     * Vietnam requires): https://support.twilio.com/hc/en-us/articles/360057082693. Faster submission only fills
     * Twilio's queue, where our urgent tiers would lose their head start. A Vietnamese message with diacritics is
     * UCS-2, 67 characters a segment, so size this to segments per message when raising it.
     */
    public static final double DEFAULT_MESSAGES_PER_SECOND = 10;

    /**
     * Twilio does not publish its per-account REST concurrency limit (exceeding it answers 429, error 20429:
     * https://www.twilio.com/docs/errors/20429); 10 in flight sustains the default rate at up to one second a request.
     */
    public static final int DEFAULT_MAX_CONCURRENCY = 10;

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** Twilio answers a create in well under a second; waiting longer only holds a dispatcher thread. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    /** The four defaults above, for what {@code limits} leaves unset. */
    public static final ProviderLimits DEFAULT_LIMITS = new ProviderLimits(
            DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_MESSAGES_PER_SECOND, DEFAULT_MAX_CONCURRENCY);

    public TwilioConfig {
        // Unset environment variables arrive as empty strings.
        accountSid = blankToNull(accountSid);
        authToken = blankToNull(authToken);
        messagingServiceSid = blankToNull(messagingServiceSid);
        from = blankToNull(from);
        limits = ProviderLimits.orDefaults(limits, DEFAULT_LIMITS);
    }

    /** A configuration with the defaults, sending through a Messaging Service. */
    public static TwilioConfig of(String accountSid, String authToken, String messagingServiceSid) {
        return new TwilioConfig(accountSid, authToken, messagingServiceSid, null, null, null, null);
    }

    /**
     * Checks that the required values are there.
     *
     * @throws IllegalStateException naming every missing or malformed value
     */
    public TwilioConfig validate() {
        List<String> problems = new ArrayList<>();
        if (isBlank(accountSid)) {
            problems.add("accountSid is required (the AC… value on the Twilio console)");
        } else if (!accountSid.startsWith("AC")) {
            problems.add("accountSid must start with AC");
        }
        if (isBlank(authToken)) {
            problems.add("authToken is required");
        }
        if (isBlank(messagingServiceSid) && isBlank(from)) {
            problems.add("one of messagingServiceSid (MG…) or from (a registered sender ID or number) is required");
        }
        if (!isBlank(messagingServiceSid) && !messagingServiceSid.startsWith("MG")) {
            problems.add("messagingServiceSid must start with MG");
        }
        if (baseUrl != null
                && (baseUrl.getHost() == null || !List.of("http", "https").contains(baseUrl.getScheme()))) {
            problems.add("baseUrl must be an absolute http(s) URL, was " + baseUrl);
        }
        if (statusCallbackUrl != null && !statusCallbackUrl.isAbsolute()) {
            problems.add("statusCallbackUrl must be an absolute URL, was " + statusCallbackUrl);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Twilio configuration is incomplete: " + String.join("; ", problems));
        }
        return this;
    }

    /** Everything but the auth token, so that a logged configuration leaks nothing. */
    @Override
    public String toString() {
        return "TwilioConfig[accountSid=" + accountSid + ", authToken=" + (isBlank(authToken) ? "(none)" : "****")
                + ", messagingServiceSid=" + messagingServiceSid + ", from=" + from + ", statusCallbackUrl="
                + statusCallbackUrl + ", baseUrl=" + baseUrl + ", limits=" + limits + "]";
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
