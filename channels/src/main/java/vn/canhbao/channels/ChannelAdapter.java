package vn.canhbao.channels;

import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;

/**
 * Hands one dispatch to one provider and says what the provider answered. An adapter builds the provider's request
 * and <em>classifies</em> the answer; it never sleeps, never retries and never throws for a provider failure
 * (timeouts and I/O errors are {@link SendResult.Failed} too). Pacing, retry, back-off and dead-lettering live in
 * exactly one place, the dispatcher, which reads {@link #limits()} and the {@link SendResult}.
 *
 * <p>Implementations are thread-safe: the dispatcher calls {@link #send} from up to
 * {@link ChannelLimits#maxConcurrency()} threads at once.
 */
public interface ChannelAdapter {

    /** The channel this adapter delivers on; one adapter per channel. */
    Channel channel();

    /**
     * Sends one dispatch, once.
     *
     * @return {@link SendResult.Accepted} with the provider's message id, or {@link SendResult.Failed} saying why
     *     and whether trying again can help
     */
    SendResult send(Dispatch dispatch);

    /** How fast and how wide the dispatcher may call {@link #send}. */
    ChannelLimits limits();
}
