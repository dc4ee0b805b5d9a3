package vn.canhbao.channels.simulator;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The faults a simulator is told to inject, the same for every provider: a delay on every answer, a failure rate spread
 * evenly (the same requests fail on every run, 500 and 503 alternately), rate limiting of the next N requests and an
 * outage of the next N requests to some recipients.
 */
final class FaultInjection {

    private static final Predicate<String> ANYONE = anyone -> true;

    private final AtomicLong failureTicks = new AtomicLong();
    private final AtomicLong failuresServed = new AtomicLong();
    private final AtomicInteger rateLimitedLeft = new AtomicInteger();
    private volatile int latencyMillis;
    private volatile double failureRate;
    private volatile int retryAfterSeconds;
    private volatile Predicate<String> rateLimitedRecipients = ANYONE;
    private final AtomicInteger outageLeft = new AtomicInteger();
    private volatile Predicate<String> outageRecipients = ANYONE;

    int latencyMillis() {
        return latencyMillis;
    }

    void latencyMillis(int millis) {
        this.latencyMillis = Math.max(0, millis);
    }

    double failureRate() {
        return failureRate;
    }

    void failureRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("failureRate must be between 0 and 1, was " + rate);
        }
        this.failureRate = rate;
    }

    /** The next {@code requests} requests that reach {@link #rateLimitsNow()} are refused. */
    void rateLimitNext(int requests, int retryAfterSeconds) {
        rateLimitNext(requests, retryAfterSeconds, ANYONE);
    }

    /**
     * The next {@code requests} requests to a recipient that {@code recipients} accepts are refused. Tests that share
     * one simulator use it so that another test's late traffic cannot use up the refusals meant for theirs.
     */
    void rateLimitNext(int requests, int retryAfterSeconds, Predicate<String> recipients) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.rateLimitedRecipients = recipients;
        this.rateLimitedLeft.set(Math.max(0, requests));
    }

    /** Whether this request is one of those to refuse as rate limited; counts it. */
    boolean rateLimitsNow() {
        return rateLimitsNow(null);
    }

    /** Whether this request to {@code recipient} (null when the provider names none) is to be refused; counts it. */
    boolean rateLimitsNow(String recipient) {
        if (recipient != null ? !rateLimitedRecipients.test(recipient) : rateLimitedRecipients != ANYONE) {
            return false;
        }
        return rateLimitedLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
    }

    /**
     * An outage for some recipients: the next {@code requests} requests to a recipient that {@code recipients}
     * accepts fail with 503, whatever the failure rate; requests to others go through.
     */
    void failNext(int requests, Predicate<String> recipients) {
        this.outageRecipients = recipients;
        this.outageLeft.set(Math.max(0, requests));
    }

    /** Whether this request to {@code recipient} falls in the outage that {@link #failNext} began; counts it. */
    boolean outageNow(String recipient) {
        if (recipient == null || !outageRecipients.test(recipient)) {
            return false;
        }
        return outageLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
    }

    /** The {@code Retry-After} a rate-limited answer carries when positive. */
    int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /**
     * The status this request fails with, 500 or 503 (alternately, 500 first), or 0 when it goes through. Exactly
     * {@code failureRate} of the requests that reach here fail, spread evenly, the same way on every run.
     */
    int failureStatusNow() {
        double rate = failureRate;
        if (rate <= 0) {
            return 0;
        }
        long tick = failureTicks.incrementAndGet();
        if (Math.floor(tick * rate) <= Math.floor((tick - 1) * rate)) {
            return 0;
        }
        return failuresServed.incrementAndGet() % 2 == 0 ? 503 : 500;
    }

    /** Clears failure rate and rate limiting; latency stays. */
    void reset() {
        rateLimitedLeft.set(0);
        rateLimitedRecipients = ANYONE;
        outageLeft.set(0);
        outageRecipients = ANYONE;
        failureRate = 0;
        failureTicks.set(0);
        failuresServed.set(0);
    }
}
