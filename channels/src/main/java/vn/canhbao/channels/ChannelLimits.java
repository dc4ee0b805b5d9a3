package vn.canhbao.channels;

/**
 * How fast and how wide the dispatcher may call an adapter. Each adapter derives its limits from its provider's
 * published limits; the constant that sets a default cites its source where it is declared (see
 * {@code TwilioConfig}).
 *
 * @param messagesPerSecond the sustained rate of {@code send} calls the provider takes without queuing or 429s
 * @param maxConcurrency how many {@code send} calls may be in flight at once (the adapter's connection pool size)
 * @param batchSize how many dispatches one provider request can carry; 1 when the provider has no batch API
 */
public record ChannelLimits(double messagesPerSecond, int maxConcurrency, int batchSize) {

    public ChannelLimits {
        if (!(messagesPerSecond > 0) || Double.isInfinite(messagesPerSecond)) {
            throw new IllegalArgumentException("messagesPerSecond must be a positive number, was " + messagesPerSecond);
        }
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1, was " + maxConcurrency);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
    }
}
