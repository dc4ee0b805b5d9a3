package vn.canhbao.gateway.providers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Whether the primary SMS provider is fit to take messages, from how it answered lately. Closed, every send goes to
 * the primary, and each answer is counted in a sliding window of one-second buckets; once the window holds at least
 * {@link Settings#minimumFailures()} provider faults and they are at least {@link Settings#failureRate()} of the
 * answers, it opens. Open, every send goes to the secondary for {@link Settings#openFor()}. Then it is half-open: one
 * send at a time probes the primary (the rest still go to the secondary); a probe answered without a fault (taken, or
 * refused for its own sake: a bad number) closes it, a fault opens it again.
 *
 * <p>What counts as a fault is the caller's word ({@link FailoverSmsAdapter#providerFault}). Ours rather than
 * Resilience4j's: the decision is made on typed send results, not exceptions, under the dispatcher's threads, against
 * a clock the tests set; the whole state machine is this page.
 */
final class SmsCircuitBreaker {

    /** Where one send goes. */
    enum Route {
        /** The breaker is closed. */
        PRIMARY,
        /** The breaker is half-open and this send tries the primary for all. */
        PROBE,
        /** The breaker is open, or half-open with a probe in flight. */
        SECONDARY
    }

    enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    /**
     * @param minimumFailures the faults the window must hold before it opens, so that a few stray 5xx at a low rate do
     *     not move the traffic
     * @param failureRate the share of the window's answers that must be faults, 0 to 1
     * @param window how far back answers count, in whole seconds
     * @param openFor how long it stays open before a probe
     */
    record Settings(int minimumFailures, double failureRate, Duration window, Duration openFor) {

        /** 5 faults making half of 10 s of answers; a probe after 30 s. */
        static final Settings DEFAULTS = new Settings(5, 0.5, Duration.ofSeconds(10), Duration.ofSeconds(30));

        Settings {
            if (minimumFailures < 1) {
                throw new IllegalStateException("minimum-failures must be at least 1, was " + minimumFailures);
            }
            if (!(failureRate > 0 && failureRate <= 1)) {
                throw new IllegalStateException("failure-rate must be above 0 and at most 1, was " + failureRate);
            }
            if (window == null || window.toSeconds() < 1) {
                throw new IllegalStateException("window must be at least 1s, was " + window);
            }
            if (openFor == null || openFor.isNegative() || openFor.isZero()) {
                throw new IllegalStateException("open-for must be positive, was " + openFor);
            }
        }
    }

    private final Settings settings;
    private final Clock clock;
    private final long[] bucketSecond;
    private final int[] answers;
    private final int[] faults;
    private State state = State.CLOSED;
    private Instant openUntil = Instant.MIN;
    private boolean probing;

    SmsCircuitBreaker(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        int buckets = (int) settings.window().toSeconds();
        this.bucketSecond = new long[buckets];
        this.answers = new int[buckets];
        this.faults = new int[buckets];
    }

    /** Where the next send goes; a {@link Route#PROBE} must be followed by {@link #primaryAnswered}. */
    synchronized Route route() {
        if (state == State.OPEN && !clock.instant().isBefore(openUntil)) {
            state = State.HALF_OPEN;
        }
        return switch (state) {
            case CLOSED -> Route.PRIMARY;
            case OPEN -> Route.SECONDARY;
            case HALF_OPEN -> {
                if (probing) {
                    yield Route.SECONDARY;
                }
                probing = true;
                yield Route.PROBE;
            }
        };
    }

    /** Records the primary's answer to a send {@link #route()} sent there; {@code fault} when it was the provider's. */
    synchronized void primaryAnswered(Route route, boolean fault) {
        if (route == Route.PROBE) {
            probing = false;
            if (fault) {
                open();
            } else {
                close();
            }
            return;
        }
        if (state != State.CLOSED) {
            return; // an answer to a send made before it opened
        }
        long second = clock.instant().getEpochSecond();
        int i = (int) Math.floorMod(second, (long) bucketSecond.length);
        if (bucketSecond[i] != second) {
            bucketSecond[i] = second;
            answers[i] = 0;
            faults[i] = 0;
        }
        answers[i]++;
        if (fault) {
            faults[i]++;
            if (tripped(second)) {
                open();
            }
        }
    }

    synchronized State state() {
        return state;
    }

    private boolean tripped(long now) {
        int inWindow = 0;
        int faulted = 0;
        for (int i = 0; i < bucketSecond.length; i++) {
            if (bucketSecond[i] > now - bucketSecond.length) {
                inWindow += answers[i];
                faulted += faults[i];
            }
        }
        return faulted >= settings.minimumFailures() && faulted >= settings.failureRate() * inWindow;
    }

    private void open() {
        state = State.OPEN;
        openUntil = clock.instant().plus(settings.openFor());
    }

    private void close() {
        state = State.CLOSED;
        Arrays.fill(bucketSecond, Long.MIN_VALUE);
    }
}
