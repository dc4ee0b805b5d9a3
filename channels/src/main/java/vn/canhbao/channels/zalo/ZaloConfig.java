package vn.canhbao.channels.zalo;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import vn.canhbao.channels.ProviderLimits;

/**
 * How to reach Zalo's Official Account and ZNS APIs. Framework-free: the gateway binds
 * {@code canhbao.channels.zalo.*} straight into it. Missing URLs, timeouts and limits take the defaults below;
 * {@link #validate()} reports every problem at once.
 *
 * @param appId the Zalo app linked to the OA; sent as {@code app_id} to the token endpoint, and found in webhooks
 * @param appSecretKey the app's secret key, sent as the {@code secret_key} header of the token endpoint; never printed
 * @param oaSecretKey the OA secret key that signs webhooks ({@code X-ZEvent-Signature}); not the app secret; never
 *     printed
 * @param baseUrl one host for the OA, ZNS and OAuth APIs (a staging gateway, the simulator), used for each of the
 *     three that is not set on its own; {@code null} for Zalo's own hosts
 * @param openApiBaseUrl the OA API ({@code /v3.0/oa/message/cs}), default {@code https://openapi.zalo.me}
 * @param businessApiBaseUrl the ZNS API ({@code /message/template}), default {@code https://business.openapi.zalo.me}
 * @param oauthBaseUrl the token endpoint's host ({@code /v4/oa/access_token}), default
 *     {@code https://oauth.zaloapp.com}
 * @param znsTemplateId the approved ZNS template for warnings sent by phone; {@code null} or blank for no ZNS
 *     (recipients without a user id then fail, and the -230 fallback is off)
 * @param znsFields which {@code template_data} keys carry title, text and code
 * @param limits timeouts, rate and concurrency ({@code canhbao.channels.zalo.limits.*}); {@code null} or unset
 *     values for {@link #DEFAULT_LIMITS}
 */
public record ZaloConfig(
        String appId,
        String appSecretKey,
        String oaSecretKey,
        URI baseUrl,
        URI openApiBaseUrl,
        URI businessApiBaseUrl,
        URI oauthBaseUrl,
        String znsTemplateId,
        ZnsTemplateFields znsFields,
        ProviderLimits limits) {

    /**
     * The OA API host, with the header {@code access_token}: chatwoot/chatwoot
     * {@code lib/integrations/zalo/client.rb} (production code against the real API).
     */
    public static final URI DEFAULT_OPEN_API_BASE_URL = URI.create("https://openapi.zalo.me");

    /**
     * The ZNS host: https://docs.infinix.vn/tai-lieu-ket-noi-api/gui-zns and
     * https://docs.etelecom.vn/api-etelecom-english/api-integration/zalo-cloud/zalo-cloud-api/send-zns (secondary).
     */
    public static final URI DEFAULT_BUSINESS_API_BASE_URL = URI.create("https://business.openapi.zalo.me");

    /** The OAuth v4 host: chatwoot/chatwoot {@code lib/integrations/zalo/auth.rb}. */
    public static final URI DEFAULT_OAUTH_BASE_URL = URI.create("https://oauth.zaloapp.com");

    /**
     * NOT CONFIRMED: Zalo publishes no send rate for the OA or ZNS APIs that we could find. One secondary document
     * claims 20 requests a second without a source (see docs/reference, section 3.2); we pace at half that until
     * Zalo or the account manager says otherwise.
     */
    public static final double DEFAULT_MESSAGES_PER_SECOND = 10;

    /** Enough in flight to sustain the default rate at up to one second a request; not a published Zalo limit. */
    public static final int DEFAULT_MAX_CONCURRENCY = 10;

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** A send answers in well under a second; waiting longer only holds a dispatcher thread. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    /** The four defaults above, for what {@code limits} leaves unset. */
    public static final ProviderLimits DEFAULT_LIMITS = new ProviderLimits(
            DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_MESSAGES_PER_SECOND, DEFAULT_MAX_CONCURRENCY);

    public ZaloConfig {
        openApiBaseUrl = firstOf(openApiBaseUrl, baseUrl, DEFAULT_OPEN_API_BASE_URL);
        businessApiBaseUrl = firstOf(businessApiBaseUrl, baseUrl, DEFAULT_BUSINESS_API_BASE_URL);
        oauthBaseUrl = firstOf(oauthBaseUrl, baseUrl, DEFAULT_OAUTH_BASE_URL);
        znsTemplateId = isBlank(znsTemplateId) ? null : znsTemplateId;
        znsFields = znsFields == null ? ZnsTemplateFields.defaults() : znsFields;
        limits = ProviderLimits.orDefaults(limits, DEFAULT_LIMITS);
    }

    /** A configuration with Zalo's URLs and the defaults, without ZNS. */
    public static ZaloConfig of(String appId, String appSecretKey, String oaSecretKey) {
        return new ZaloConfig(appId, appSecretKey, oaSecretKey, null, null, null, null, null, null, null);
    }

    /**
     * Checks that the required values are there and well formed.
     *
     * @throws IllegalStateException naming every missing or malformed value
     */
    public ZaloConfig validate() {
        List<String> problems = new ArrayList<>();
        if (isBlank(appId)) {
            problems.add("appId is required (the app id on developers.zalo.me, linked to the OA)");
        }
        if (isBlank(appSecretKey)) {
            problems.add("appSecretKey is required (the app's secret key, for the token endpoint)");
        }
        if (isBlank(oaSecretKey)) {
            problems.add("oaSecretKey is required (the OA secret key that signs webhooks; not the app secret)");
        }
        checkUrl("openApiBaseUrl", openApiBaseUrl, problems);
        checkUrl("businessApiBaseUrl", businessApiBaseUrl, problems);
        checkUrl("oauthBaseUrl", oauthBaseUrl, problems);
        if (new HashSet<>(List.of(znsFields.title(), znsFields.body(), znsFields.code())).size() < 3) {
            problems.add("znsFields must name three different template_data keys, were " + znsFields);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Zalo configuration is incomplete: " + String.join("; ", problems));
        }
        return this;
    }

    /** Everything but the two secrets, so that a logged configuration leaks nothing. */
    @Override
    public String toString() {
        return "ZaloConfig[appId=" + appId + ", appSecretKey=" + masked(appSecretKey) + ", oaSecretKey="
                + masked(oaSecretKey) + ", openApiBaseUrl=" + openApiBaseUrl + ", businessApiBaseUrl="
                + businessApiBaseUrl + ", oauthBaseUrl=" + oauthBaseUrl + ", znsTemplateId=" + znsTemplateId
                + ", znsFields=" + znsFields + ", limits=" + limits + "]";
    }

    private static void checkUrl(String name, URI url, List<String> problems) {
        if (url.getHost() == null || !List.of("http", "https").contains(url.getScheme())) {
            problems.add(name + " must be an absolute http(s) URL, was " + url);
        }
    }

    private static URI firstOf(URI own, URI shared, URI fallback) {
        return own != null ? own : shared != null ? shared : fallback;
    }

    private static String masked(String secret) {
        return isBlank(secret) ? "(none)" : "****";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
