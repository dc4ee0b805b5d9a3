package vn.canhbao.gateway.providers;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.ChannelLimits;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;

/**
 * The SMS channel: each SMS goes first through the provider its ward uses ({@link SmsRouting}: the installation's
 * primary, or its province's or ward's own), through that provider while its {@link SmsCircuitBreaker} is closed,
 * through the other while it is open, and one probe at a time to the first when it is half-open (a probe the first
 * fails goes on through the other at once). Without a secondary every send goes to the first. Each provider has its
 * own breaker, so an eSMS outage moves the eSMS provinces to Twilio and leaves the Twilio provinces where they are.
 * Like every adapter it sends once and classifies: a failed send is retried by the dispatcher, through whichever
 * provider the breaker then names; the same dispatch id goes with it (Twilio's {@code StatusCallback}, eSMS's
 * {@code RequestId}), so a resend to eSMS of a message it took is refused as a duplicate and sends nothing.
 *
 * <p>The accepted message id says which provider took it ({@link SmsProvider#messageId}). The limits are the
 * installation primary's: the dispatcher paces the channel, not each provider; a slower provider answers the excess
 * with 429, which the dispatcher retries after its {@code Retry-After} without counting an attempt.
 */
public final class FailoverSmsAdapter implements ChannelAdapter, AutoCloseable {

    /** A provider adapter and the provider it speaks to. */
    record Route(SmsProvider provider, ChannelAdapter adapter) {}

    private final SmsProvider primary;
    private final boolean failsOver;
    private final Map<SmsProvider, ChannelAdapter> adapters = new EnumMap<>(SmsProvider.class);
    private final Map<SmsProvider, SmsCircuitBreaker> breakers = new EnumMap<>(SmsProvider.class);
    private final Function<Dispatch, SmsProvider> firstFor;
    private final Map<SmsProvider, Counter> accepted;
    private final Map<SmsProvider, Counter> failed;

    /** Every SMS first through {@code primary}; {@code secondary} {@code null} for none. */
    FailoverSmsAdapter(Route primary, Route secondary, SmsCircuitBreaker breaker, MeterRegistry meters) {
        this(
                primary.provider(),
                secondary == null
                        ? Map.of(primary.provider(), primary.adapter())
                        : Map.of(primary.provider(), primary.adapter(), secondary.provider(), secondary.adapter()),
                secondary != null,
                // The secondary is never first here: its breaker counts nothing.
                provider -> provider == primary.provider()
                        ? breaker
                        : new SmsCircuitBreaker(SmsCircuitBreaker.Settings.DEFAULTS, Clock.systemUTC()),
                dispatch -> primary.provider(),
                meters);
    }

    /**
     * @param primary the provider an SMS goes to first unless {@code firstFor} names another; its limits pace SMS
     * @param adapters every provider that carries SMS, first or on failover
     * @param failsOver whether an SMS goes through the other provider while its first is failing; both are in
     *     {@code adapters} then
     * @param breakers a new breaker for a provider
     * @param firstFor the provider an SMS goes to first, one of {@code adapters}
     */
    FailoverSmsAdapter(
            SmsProvider primary,
            Map<SmsProvider, ChannelAdapter> adapters,
            boolean failsOver,
            Function<SmsProvider, SmsCircuitBreaker> breakers,
            Function<Dispatch, SmsProvider> firstFor,
            MeterRegistry meters) {
        if (!adapters.containsKey(primary) || failsOver && !adapters.containsKey(primary.other())) {
            throw new IllegalArgumentException("an adapter for every provider that carries SMS: " + adapters.keySet());
        }
        this.primary = primary;
        this.failsOver = failsOver;
        this.adapters.putAll(adapters);
        this.firstFor = firstFor;
        this.accepted = Map.of(
                SmsProvider.TWILIO, counter(meters, SmsProvider.TWILIO, "accepted"),
                SmsProvider.ESMS, counter(meters, SmsProvider.ESMS, "accepted"));
        this.failed = Map.of(
                SmsProvider.TWILIO, counter(meters, SmsProvider.TWILIO, "failed"),
                SmsProvider.ESMS, counter(meters, SmsProvider.ESMS, "failed"));
        // A breaker and its gauge per provider even without failover, where they stay closed and 0: the alert rules
        // and the dashboard read the gauge on every installation.
        for (SmsProvider provider : adapters.keySet()) {
            SmsCircuitBreaker breaker = breakers.apply(provider);
            this.breakers.put(provider, breaker);
            Gauge.builder("canhbao.sms.failover.open", breaker, b -> this.failingOver(b) ? 1 : 0)
                    .description("1 while the SMS that go first through this provider go through the other"
                            + " (its breaker open or half-open), else 0")
                    .tag("primary", provider.key())
                    .register(meters);
        }
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public ChannelLimits limits() {
        return adapters.get(primary).limits();
    }

    @Override
    public SendResult send(Dispatch dispatch) {
        SmsProvider first = firstFor.apply(dispatch);
        if (!failsOver) {
            return sendThrough(first, dispatch);
        }
        SmsProvider other = first.other();
        SmsCircuitBreaker breaker = breakers.get(first);
        SmsCircuitBreaker.Route route = breaker.route();
        if (route == SmsCircuitBreaker.Route.SECONDARY) {
            return sendThrough(other, dispatch);
        }
        SendResult result = null;
        try {
            result = sendThrough(first, dispatch);
        } finally {
            breaker.primaryAnswered(route, result == null || providerFault(result));
        }
        if (route == SmsCircuitBreaker.Route.PROBE && providerFault(result)) {
            // The first is still down, and its breaker open again. This SMS goes through the other now: left to its
            // retry, a lone SMS would come back just as the breaker half-opens, be the probe again and fail again,
            // for as long as the first is down.
            return sendThrough(other, dispatch);
        }
        if (result instanceof SendResult.Failed f && f.reason().needsOperator() && !f.retryable()) {
            // The first's account cannot send (credentials, balance); the other can, once the breaker opens.
            return new SendResult.Failed(f.reason(), true, f.retryAfter(), f.detail());
        }
        return result;
    }

    /**
     * Whether a failure is the provider's rather than the message's: a transient one (5xx, timeout, network, and a
     * 429, the provider too busy to take more), or a fault of the account that no message can get past (credentials,
     * balance or quota). A refusal of one message (invalid number, opted out, rejected content) is not: the other
     * provider would refuse it too.
     */
    static boolean providerFault(SendResult result) {
        return result instanceof SendResult.Failed f
                && (f.reason().retryable() || f.reason().needsOperator());
    }

    /** Whether some SMS go through the other provider now (a provider's breaker is open or half-open). */
    boolean failedOver() {
        return failsOver && breakers.values().stream().anyMatch(this::failingOver);
    }

    private boolean failingOver(SmsCircuitBreaker breaker) {
        return failsOver && breaker.state() != SmsCircuitBreaker.State.CLOSED;
    }

    /** The provider that takes SMS first, unless a province or ward has its own. */
    public SmsProvider primary() {
        return primary;
    }

    /** The provider failed over to, if any. */
    public Optional<SmsProvider> secondary() {
        return failsOver ? Optional.of(primary.other()) : Optional.empty();
    }

    private SendResult sendThrough(SmsProvider provider, Dispatch dispatch) {
        SendResult result = adapters.get(provider).send(dispatch);
        if (result instanceof SendResult.Accepted a) {
            accepted.get(provider).increment();
            return new SendResult.Accepted(provider.messageId(a.providerMessageId()));
        }
        failed.get(provider).increment();
        return result;
    }

    private static Counter counter(MeterRegistry meters, SmsProvider provider, String outcome) {
        return Counter.builder("canhbao.sms.provider")
                .description("SMS sends by the provider that answered and its answer")
                .tag("provider", provider.key())
                .tag("outcome", outcome)
                .register(meters);
    }

    /** Closes the providers' adapters. */
    @Override
    public void close() throws Exception {
        Exception first = null;
        for (ChannelAdapter adapter : adapters.values()) {
            if (adapter instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    first = first == null ? e : first;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
