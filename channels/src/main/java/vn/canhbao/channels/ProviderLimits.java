package vn.canhbao.channels;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * How long an adapter waits for its provider, and how fast and how wide it calls it. Each provider's config record
 * holds one, bound from {@code canhbao.channels.<provider>.limits.*}. A value left unset (null, zero or negative) takes
 * the provider's default through {@link #orDefaults}; each provider declares its defaults with their source (see
 * {@code TwilioConfig.DEFAULT_LIMITS}).
 *
 * @param connectTimeout how long to wait for a connection (and for a free pooled connection)
 * @param readTimeout how long to wait for the provider's answer once the request is sent
 * @param messagesPerSecond the rate the dispatcher paces this channel to
 * @param maxConcurrency how many requests may be in flight at once
 */
public record ProviderLimits(
        Duration connectTimeout, Duration readTimeout, double messagesPerSecond, int maxConcurrency) {

    /** {@code given} with each unset value taken from {@code defaults}; {@code defaults} when {@code given} is null. */
    public static ProviderLimits orDefaults(ProviderLimits given, ProviderLimits defaults) {
        if (given == null) {
            return defaults;
        }
        return new ProviderLimits(
                positiveOr(given.connectTimeout, defaults.connectTimeout),
                positiveOr(given.readTimeout, defaults.readTimeout),
                given.messagesPerSecond > 0 ? given.messagesPerSecond : defaults.messagesPerSecond,
                given.maxConcurrency > 0 ? given.maxConcurrency : defaults.maxConcurrency);
    }

    /** What the dispatcher needs to know: these rates, for requests that carry up to {@code batchSize} dispatches. */
    public ChannelLimits channelLimits(int batchSize) {
        return new ChannelLimits(messagesPerSecond, maxConcurrency, batchSize);
    }

    /**
     * An HTTP/1.1 client for a provider's JSON API: it waits {@code connectTimeout} for a connection and never follows
     * a redirect (a provider answers where it is asked; a redirect is an answer to classify, not to chase). Each
     * request sets its own {@code readTimeout}.
     */
    public HttpClient httpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static Duration positiveOr(Duration value, Duration fallback) {
        return value == null || value.isZero() || value.isNegative() ? fallback : value;
    }
}
