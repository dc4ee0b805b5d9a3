package vn.canhbao.gateway.providers;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Optional;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.ChannelLimits;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;

/**
 * The SMS channel: sends through the primary provider while its {@link SmsCircuitBreaker} is closed, through the
 * secondary while it is open, and one probe at a time to the primary when it is half-open (a probe the primary fails
 * goes on through the secondary at once). Without a secondary every
 * send goes to the primary. Like every adapter it sends once and classifies: a failed send is retried by the
 * dispatcher, through whichever provider the breaker then names; the same dispatch id goes with it (Twilio's
 * {@code StatusCallback}, eSMS's {@code RequestId}), so a resend to eSMS of a message it took is refused as a
 * duplicate and sends nothing.
 *
 * <p>The accepted message id says which provider took it ({@link SmsProvider#messageId}). The limits are the
 * primary's: the dispatcher paces the channel, not each provider, and the primary is who carries it; while the
 * breaker is open a slower secondary answers the excess with 429, which the dispatcher retries after its
 * {@code Retry-After} without counting an attempt.
 */
public final class FailoverSmsAdapter implements ChannelAdapter, AutoCloseable {

    /** A provider adapter and the provider it speaks to. */
    record Route(SmsProvider provider, ChannelAdapter adapter) {}

    private final Route primary;
    private final Route secondary;
    private final SmsCircuitBreaker breaker;
    private final Map<SmsProvider, Counter> accepted;
    private final Map<SmsProvider, Counter> failed;

    /** @param secondary {@code null} for none */
    FailoverSmsAdapter(Route primary, Route secondary, SmsCircuitBreaker breaker, MeterRegistry meters) {
        this.primary = primary;
        this.secondary = secondary;
        this.breaker = breaker;
        this.accepted = Map.of(
                SmsProvider.TWILIO, counter(meters, SmsProvider.TWILIO, "accepted"),
                SmsProvider.ESMS, counter(meters, SmsProvider.ESMS, "accepted"));
        this.failed = Map.of(
                SmsProvider.TWILIO, counter(meters, SmsProvider.TWILIO, "failed"),
                SmsProvider.ESMS, counter(meters, SmsProvider.ESMS, "failed"));
        Gauge.builder("canhbao.sms.failover.open", this, a -> a.failedOver() ? 1 : 0)
                .description("1 while SMS goes through the secondary provider (breaker open or half-open), else 0")
                .tag("primary", primary.provider().key())
                .register(meters);
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public ChannelLimits limits() {
        return primary.adapter().limits();
    }

    @Override
    public SendResult send(Dispatch dispatch) {
        if (secondary == null) {
            return sendThrough(primary, dispatch);
        }
        SmsCircuitBreaker.Route route = breaker.route();
        if (route == SmsCircuitBreaker.Route.SECONDARY) {
            return sendThrough(secondary, dispatch);
        }
        SendResult result = null;
        try {
            result = sendThrough(primary, dispatch);
        } finally {
            breaker.primaryAnswered(route, result == null || providerFault(result));
        }
        if (route == SmsCircuitBreaker.Route.PROBE && providerFault(result)) {
            // The primary is still down, and the breaker open again. This SMS goes through the secondary now: left to
            // its retry, a lone SMS would come back just as the breaker half-opens, be the probe again and fail
            // again, for as long as the primary is down.
            return sendThrough(secondary, dispatch);
        }
        if (result instanceof SendResult.Failed f && f.reason().needsOperator() && !f.retryable()) {
            // The primary's account cannot send (credentials, balance); the secondary can, once the breaker opens.
            return new SendResult.Failed(f.reason(), true, f.retryAfter(), f.detail());
        }
        return result;
    }

    /**
     * Whether a failure is the provider's rather than the message's: a transient one (5xx, timeout, network, and a
     * 429, the provider too busy to take more), or a fault of the account that no message can get past (credentials,
     * balance or quota). A refusal of one message (invalid number, opted out, rejected content) is not: the secondary
     * would refuse it too.
     */
    static boolean providerFault(SendResult result) {
        return result instanceof SendResult.Failed f
                && (f.reason().retryable() || f.reason().needsOperator());
    }

    /** Whether sends go through the secondary now. */
    boolean failedOver() {
        return secondary != null && breaker.state() != SmsCircuitBreaker.State.CLOSED;
    }

    /** The provider that takes SMS while the breaker is closed. */
    public SmsProvider primary() {
        return primary.provider();
    }

    /** The provider failed over to, if any. */
    public Optional<SmsProvider> secondary() {
        return Optional.ofNullable(secondary).map(Route::provider);
    }

    private SendResult sendThrough(Route route, Dispatch dispatch) {
        SendResult result = route.adapter().send(dispatch);
        if (result instanceof SendResult.Accepted a) {
            accepted.get(route.provider()).increment();
            return new SendResult.Accepted(route.provider().messageId(a.providerMessageId()));
        }
        failed.get(route.provider()).increment();
        return result;
    }

    private static Counter counter(MeterRegistry meters, SmsProvider provider, String outcome) {
        return Counter.builder("canhbao.sms.provider")
                .description("SMS sends by the provider that answered and its answer")
                .tag("provider", provider.key())
                .tag("outcome", outcome)
                .register(meters);
    }

    /** Closes both providers' adapters. */
    @Override
    public void close() throws Exception {
        try {
            if (primary.adapter() instanceof AutoCloseable c) {
                c.close();
            }
        } finally {
            if (secondary != null && secondary.adapter() instanceof AutoCloseable c) {
                c.close();
            }
        }
    }
}
