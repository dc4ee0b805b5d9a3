package vn.canhbao.channels.firebase;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.canhbao.channels.ProviderLimits;

/**
 * How to reach Firebase Cloud Messaging (HTTP v1) through the Firebase Admin SDK. Framework-free: the gateway binds
 * {@code canhbao.channels.firebase.*} straight into it. Missing timeouts, limits and app name take the defaults
 * below; {@link #validate()} reports every problem at once.
 *
 * @param projectId the Firebase project; part of the request path {@code /v1/projects/{projectId}/messages:send}
 * @param credentials a service-account JSON file; {@code null} for Application Default Credentials, or with
 *     {@code accessToken} set
 * @param accessToken a fixed OAuth2 bearer token instead of credentials, for the simulator and tests: nothing then
 *     talks to Google's token endpoint or the metadata server; never printed
 * @param baseUrl where all FCM traffic goes instead of {@code https://fcm.googleapis.com}, e.g. the simulator;
 *     {@code null} for FCM itself
 * @param appName the name of the {@code FirebaseApp} the adapter registers; the SDK keeps apps in global static state,
 *     so each adapter needs its own name; {@code null} for a fresh unique one
 * @param limits timeouts, rate and concurrency ({@code canhbao.channels.firebase.limits.*}); {@code null} or unset
 *     values for {@link #DEFAULT_LIMITS}
 * @param linkBaseUrl where the app's alert links point; each message's data carries
 *     {@code {linkBaseUrl}/alerts/{alertId}}
 */
public record FirebaseConfig(
        String projectId,
        Path credentials,
        String accessToken,
        URI baseUrl,
        String appName,
        ProviderLimits limits,
        URI linkBaseUrl) {

    /**
     * FCM's default quota for the HTTP v1 API is 600,000 messages per minute per project, 10,000 a second:
     * https://firebase.google.com/docs/cloud-messaging/throttling-and-quotas. Past it FCM answers 429
     * {@code QUOTA_EXCEEDED}. A topic message counts once however many devices follow the topic.
     */
    public static final double DEFAULT_MESSAGES_PER_SECOND = 600_000 / 60.0;

    /**
     * FCM answers a send in tens of milliseconds; 64 in flight sustain a few thousand sends a second per dispatcher
     * replica, which is far more than one ward's topics and leaders need.
     */
    public static final int DEFAULT_MAX_CONCURRENCY = 64;

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** FCM answers in well under a second; waiting longer only holds a dispatcher thread. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    /** The four defaults above, for what {@code limits} leaves unset. */
    public static final ProviderLimits DEFAULT_LIMITS = new ProviderLimits(
            DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_MESSAGES_PER_SECOND, DEFAULT_MAX_CONCURRENCY);

    /** Google's project ids: 6 to 30 lowercase letters, digits and hyphens, starting with a letter. */
    private static final Pattern PROJECT_ID = Pattern.compile("[a-z][a-z0-9-]{4,28}[a-z0-9]");

    public FirebaseConfig {
        projectId = projectId == null || projectId.isBlank() ? null : projectId;
        appName = appName == null || appName.isBlank() ? "canhbao-push-" + UUID.randomUUID() : appName;
        limits = ProviderLimits.orDefaults(limits, DEFAULT_LIMITS);
    }

    /** A configuration with the defaults for FCM itself, with a service-account file ({@code null} for ADC). */
    public static FirebaseConfig of(String projectId, Path credentials, URI linkBaseUrl) {
        return new FirebaseConfig(projectId, credentials, null, null, null, null, linkBaseUrl);
    }

    /**
     * A configuration for a stand-in FCM at {@code baseUrl} (the simulator, a WireMock stub) that authenticates with
     * the fixed bearer token {@code accessToken}; nothing reaches Google.
     */
    public static FirebaseConfig forStandIn(String projectId, URI baseUrl, String accessToken, URI linkBaseUrl) {
        return new FirebaseConfig(projectId, null, accessToken, baseUrl, null, null, linkBaseUrl);
    }

    /**
     * Checks that the required values are there and make sense.
     *
     * @throws IllegalStateException naming every missing or malformed value
     */
    public FirebaseConfig validate() {
        List<String> problems = new ArrayList<>();
        if (projectId == null || projectId.isBlank()) {
            problems.add("projectId is required (the Firebase project id, e.g. canhbao-prod)");
        } else if (!PROJECT_ID.matcher(projectId).matches()) {
            problems.add("projectId must be 6-30 lowercase letters, digits or hyphens, was " + projectId);
        }
        if (credentials != null && accessToken != null) {
            problems.add("set credentials or accessToken, not both");
        }
        if (credentials != null && !Files.isReadable(credentials)) {
            problems.add("credentials must be a readable service-account JSON file, was " + credentials);
        }
        if (accessToken != null && accessToken.isBlank()) {
            problems.add("accessToken must not be blank");
        }
        if (baseUrl != null && !isHttpUrl(baseUrl)) {
            problems.add("baseUrl must be an absolute http(s) URL, was " + baseUrl);
        }
        if (linkBaseUrl == null) {
            problems.add("linkBaseUrl is required (where the app's alert links point, e.g. https://canhbao.gov.vn)");
        } else if (!isHttpUrl(linkBaseUrl)) {
            problems.add("linkBaseUrl must be an absolute http(s) URL, was " + linkBaseUrl);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Firebase configuration is incomplete: " + String.join("; ", problems));
        }
        return this;
    }

    /** Everything but the access token, so that a logged configuration leaks nothing. */
    @Override
    public String toString() {
        return "FirebaseConfig[projectId=" + projectId + ", credentials=" + credentials + ", accessToken="
                + (accessToken == null ? "(none)" : "****") + ", baseUrl=" + baseUrl + ", appName=" + appName
                + ", limits=" + limits + ", linkBaseUrl=" + linkBaseUrl + "]";
    }

    private static boolean isHttpUrl(URI url) {
        return url.getHost() != null && List.of("http", "https").contains(url.getScheme());
    }
}
