package vn.canhbao.channels.loudspeaker;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.canhbao.channels.ProviderLimits;

/**
 * How to reach a vendor's loudspeaker broadcast gateway (hệ thống truyền thanh ứng dụng CNTT-VT) through canhbao's
 * contract, {@code docs/loudspeaker-api.md}. Framework-free: the gateway binds {@code canhbao.channels.loudspeaker.*}
 * straight into it. Missing values take the defaults below; {@link #validate()} reports every problem at once.
 *
 * @param baseUrl the vendor's API root; the adapter posts to {@code {baseUrl}/broadcasts}
 * @param authHeader the header that carries the credential: {@code Authorization} (sent as {@code Bearer <token>}) or
 *     an API-key header such as {@code X-API-Key} (sent as the token itself)
 * @param authToken the credential; never printed, not even by {@link #toString()}
 * @param mapping the vendor's JSON names for the contract's fields
 * @param voice the TTS voice code the vendor knows, e.g. {@code female_north} (giọng nữ miền Bắc)
 * @param repeat how many times the speakers play the script, 1 to {@value #MAX_REPEAT}
 * @param callbackUrl where the vendor posts the outcome; the adapter adds {@code ?dispatch=<id>}; {@code null} for none
 * @param callbackSecret the shared secret the vendor signs callbacks with; required with a callback URL
 * @param limits timeouts, rate (one message is one cluster's broadcast) and concurrency
 *     ({@code canhbao.channels.loudspeaker.limits.*}); {@code null} or unset values for {@link #DEFAULT_LIMITS}
 */
public record LoudspeakerConfig(
        URI baseUrl,
        String authHeader,
        String authToken,
        LoudspeakerFieldMapping mapping,
        String voice,
        int repeat,
        URI callbackUrl,
        String callbackSecret,
        ProviderLimits limits) {

    public static final String DEFAULT_AUTH_HEADER = "Authorization";

    /** The contract's northern female voice (giọng nữ miền Bắc); vendors offer it under some name everywhere. */
    public static final String DEFAULT_VOICE = "female_north";

    /**
     * Three plays: canhbao's choice, after the habit of commune radio reading an urgent notice several times; a
     * vendor's own schedule repeats come on top. The adapter sends one broadcast per cluster, so this counts plays per cluster.
     */
    public static final int DEFAULT_REPEAT = 3;

    /** The contract's upper bound for {@code repeat}; more is a programme, not a warning. */
    public static final int MAX_REPEAT = 10;

    /**
     * No vendor publishes a rate limit (no public API exists; see docs/loudspeaker-api.md). A ward has a handful of
     * clusters and a province a few thousand, so 5 creates a second reach a whole province in minutes without
     * pressing a gateway built for operators typing announcements; the vendor's 429 is honoured either way.
     */
    public static final double DEFAULT_MESSAGES_PER_SECOND = 5;

    /** Five in flight sustains the default rate at up to one second a request. */
    public static final int DEFAULT_MAX_CONCURRENCY = 5;

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** A create only queues the broadcast; the vendor answers before any audio is made or played. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    /** The four defaults above, for what {@code limits} leaves unset. */
    public static final ProviderLimits DEFAULT_LIMITS = new ProviderLimits(
            DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_MESSAGES_PER_SECOND, DEFAULT_MAX_CONCURRENCY);

    /** Headers the JDK HTTP client does not let a caller set. */
    private static final Set<String> RESTRICTED_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade");

    public LoudspeakerConfig {
        authHeader = authHeader == null || authHeader.isBlank() ? DEFAULT_AUTH_HEADER : authHeader.strip();
        mapping = mapping == null ? LoudspeakerFieldMapping.DEFAULT : mapping;
        voice = voice == null || voice.isBlank() ? DEFAULT_VOICE : voice.strip();
        repeat = repeat == 0 ? DEFAULT_REPEAT : repeat;
        limits = ProviderLimits.orDefaults(limits, DEFAULT_LIMITS);
    }

    /** A configuration with the defaults: Bearer auth, the contract's field names, no callbacks. */
    public static LoudspeakerConfig of(URI baseUrl, String authToken) {
        return new LoudspeakerConfig(baseUrl, null, authToken, null, null, 0, null, null, null);
    }

    /**
     * Checks every value.
     *
     * @throws IllegalStateException naming every missing or malformed value
     */
    public LoudspeakerConfig validate() {
        List<String> problems = new ArrayList<>();
        if (baseUrl == null) {
            problems.add("baseUrl is required (the vendor's API root, e.g. https://loa.example.vn/api/v1)");
        } else if (baseUrl.getHost() == null || !List.of("http", "https").contains(baseUrl.getScheme())) {
            problems.add("baseUrl must be an absolute http(s) URL, was " + baseUrl);
        }
        if (authToken == null || authToken.isBlank()) {
            problems.add("authToken is required");
        }
        if (!authHeader.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")
                || RESTRICTED_HEADERS.contains(authHeader.toLowerCase(Locale.ROOT))) {
            problems.add("authHeader must be an ordinary HTTP header name, was " + authHeader);
        }
        problems.addAll(mapping.problems());
        if (repeat < 1 || repeat > MAX_REPEAT) {
            problems.add("repeat must be between 1 and " + MAX_REPEAT + ", was " + repeat);
        }
        if (callbackUrl != null && (!callbackUrl.isAbsolute() || callbackUrl.getHost() == null)) {
            problems.add("callbackUrl must be an absolute URL, was " + callbackUrl);
        }
        if (callbackUrl != null && (callbackSecret == null || callbackSecret.isBlank())) {
            problems.add("callbackSecret is required with a callbackUrl: unsigned callbacks cannot be trusted");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Loudspeaker configuration is incomplete: " + String.join("; ", problems));
        }
        return this;
    }

    /** The value of {@link #authHeader()}: {@code Bearer <token>} for {@code Authorization}, else the token. */
    String authValue() {
        return DEFAULT_AUTH_HEADER.equalsIgnoreCase(authHeader) ? "Bearer " + authToken : authToken;
    }

    /** Everything but the auth token and the callback secret, so that a logged configuration leaks nothing. */
    @Override
    public String toString() {
        return "LoudspeakerConfig[baseUrl=" + baseUrl + ", authHeader=" + authHeader + ", authToken="
                + hidden(authToken) + ", mapping=" + mapping + ", voice=" + voice + ", repeat=" + repeat
                + ", callbackUrl=" + callbackUrl + ", callbackSecret=" + hidden(callbackSecret) + ", limits=" + limits
                + "]";
    }

    private static String hidden(String secret) {
        return secret == null || secret.isBlank() ? "(none)" : "****";
    }
}
