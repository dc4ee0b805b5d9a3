package vn.canhbao.channels.cbc;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.canhbao.channels.ProviderLimits;

/**
 * How to reach a carrier's Cell Broadcast Centre through its External CBE (ECBE) REST interface, as OsmoCBC serves it.
 * Framework-free: the gateway binds {@code canhbao.channels.cbc.*} straight into it. Missing values take the defaults
 * below; {@link #validate()} reports every problem at once.
 *
 * @param baseUrl the CBC's root; the adapter calls {@code {baseUrl}/api/ecbe/v1/message}
 * @param cbeName the name canhbao gives itself as Cell Broadcast Entity, {@value #DEFAULT_CBE_NAME}
 * @param authToken a bearer token for a CBC that asks for one; {@code null} for none (OsmoCBC asks for none); never
 *     printed
 * @param category the CBSP category: {@code high_priority} (the default: a warning goes before anything else on the
 *     cell's broadcast channel), {@code normal} or {@code background}
 * @param repetitionPeriod how often the cells repeat the message, in CBSP units of 1.883 s (3GPP TS 48.049 §8.2.8), 1
 *     to {@value #MAX_REPETITION_PERIOD}
 * @param limits timeouts, rate and concurrency ({@code canhbao.channels.cbc.limits.*}); unset values for
 *     {@link #DEFAULT_LIMITS}
 */
public record CbcConfig(
        URI baseUrl, String cbeName, String authToken, String category, int repetitionPeriod, ProviderLimits limits) {

    public static final String DEFAULT_CBE_NAME = "canhbao";

    public static final String DEFAULT_CATEGORY = "high_priority";

    private static final List<String> CATEGORIES = List.of("high_priority", "normal", "background");

    /**
     * 32 units, about a minute: a handset that comes into a cell, or is switched on, shows the warning within a
     * minute, and the cell's broadcast channel stays free for the other warnings of a storm.
     */
    public static final int DEFAULT_REPETITION_PERIOD = 32;

    public static final int MAX_REPETITION_PERIOD = 4095;

    /** One unit of the repetition period (3GPP TS 48.049 §8.2.8). */
    public static final Duration REPETITION_UNIT = Duration.ofMillis(1883);

    /** A ward's broadcast is one request per alert; a province's few thousand wards still go out in minutes. */
    public static final double DEFAULT_MESSAGES_PER_SECOND = 5;

    public static final int DEFAULT_MAX_CONCURRENCY = 4;

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /**
     * OsmoCBC answers a write only once its BSCs confirmed it (or its own peer timer ran out), so the answer can take
     * seconds.
     */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);

    public static final ProviderLimits DEFAULT_LIMITS = new ProviderLimits(
            DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_MESSAGES_PER_SECOND, DEFAULT_MAX_CONCURRENCY);

    public CbcConfig {
        cbeName = cbeName == null || cbeName.isBlank() ? DEFAULT_CBE_NAME : cbeName.strip();
        authToken = authToken == null || authToken.isBlank() ? null : authToken.strip();
        category = category == null || category.isBlank() ? DEFAULT_CATEGORY : category.strip();
        repetitionPeriod = repetitionPeriod == 0 ? DEFAULT_REPETITION_PERIOD : repetitionPeriod;
        limits = ProviderLimits.orDefaults(limits, DEFAULT_LIMITS);
    }

    /** A configuration with the defaults. */
    public static CbcConfig of(URI baseUrl) {
        return new CbcConfig(baseUrl, null, null, null, 0, null);
    }

    /** This configuration pointed at another CBC (a simulator). */
    public CbcConfig at(URI otherBaseUrl) {
        return new CbcConfig(otherBaseUrl, cbeName, authToken, category, repetitionPeriod, limits);
    }

    /**
     * Checks every value.
     *
     * @throws IllegalStateException naming every missing or malformed value
     */
    public CbcConfig validate() {
        List<String> problems = new ArrayList<>();
        if (baseUrl == null) {
            problems.add("baseUrl is required (the CBC's ECBE root, e.g. http://cbc.example.vn:12345;"
                    + " CANHBAO_CBC_URL)");
        } else if (baseUrl.getHost() == null || !List.of("http", "https").contains(baseUrl.getScheme())) {
            problems.add("baseUrl must be an absolute http(s) URL, was " + baseUrl);
        }
        if (!CATEGORIES.contains(category)) {
            problems.add("category must be one of " + CATEGORIES + ", was " + category);
        }
        if (repetitionPeriod < 1 || repetitionPeriod > MAX_REPETITION_PERIOD) {
            problems.add("repetitionPeriod must be 1 to " + MAX_REPETITION_PERIOD + " (units of 1.883 s), was "
                    + repetitionPeriod);
        }
        if (!cbeName.matches("[A-Za-z0-9._-]{1,64}")) {
            problems.add("cbeName must be 1 to 64 letters, digits, '.', '_' or '-', was " + cbeName);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Cell broadcast configuration is incomplete: " + String.join("; ", problems));
        }
        return this;
    }

    /** Everything but the token, so that a logged configuration leaks nothing. */
    @Override
    public String toString() {
        return "CbcConfig[baseUrl=" + baseUrl + ", cbeName=" + cbeName + ", authToken="
                + (authToken == null ? "(none)" : "****") + ", category=" + category + ", repetitionPeriod="
                + repetitionPeriod + ", limits=" + limits + "]";
    }
}
