package vn.canhbao.channels.simulator;

import java.util.Collection;
import java.util.Set;

/**
 * A simulator of an SMS provider, whose every request names one phone number: its faults can be aimed at some
 * recipients, so that tests sharing one simulator cannot use up each other's refusals, and an outage can hit some
 * numbers while others go through (Twilio, eSMS). Recipients are named in E.164 ({@code +84…}), as canhbao keeps them.
 */
public abstract class SmsProviderSimulator<S extends SmsProviderSimulator<S, A>, A extends SimulatedApi>
        extends ProviderSimulator<S, A> {

    SmsProviderSimulator(A api, int asynchronousResponseThreads, int containerThreads) {
        super(api, asynchronousResponseThreads, containerThreads);
    }

    /**
     * Answers the next {@code requests} requests to any of {@code recipients} 429 in the provider's error format, with
     * {@code Retry-After} if positive; requests to others go through.
     */
    public S rateLimitNext(int requests, int retryAfterSeconds, Collection<String> recipients) {
        Set<String> to = Set.copyOf(recipients);
        api().faults().rateLimitNext(requests, retryAfterSeconds, to::contains);
        return self();
    }

    /**
     * An outage for some numbers: answers the next {@code requests} requests to any of {@code recipients} 503 in the
     * provider's error format; requests to others go through.
     */
    public S failNext(int requests, Collection<String> recipients) {
        Set<String> to = Set.copyOf(recipients);
        api().faults().failNext(requests, to::contains);
        return self();
    }
}
