package vn.canhbao.gateway.pipeline;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Paces the sends of one provider account to its rate limit: a token bucket holding at most a tenth of a second's
 * tokens, so that no second of the clock sees more than the rate and a tenth, even when a fan-out starts on a full
 * bucket (one holding a whole second's tokens let twice the rate through in the first second). The urgent lane takes tokens first: while an urgent send
 * waits, normal sends wait behind it. With several replicas each paces to its share of the account ({@link
 * AccountShare}), so together they keep the account's limit.
 */
class TokenBucket {

    private final double accountRate;
    private double perSecond;
    private double capacity;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition refilled = lock.newCondition();
    private double tokens;
    private long refilledAt;
    private int urgentWaiting;

    TokenBucket(double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive, was " + perSecond);
        }
        this.accountRate = perSecond;
        this.perSecond = perSecond;
        this.capacity = capacity(perSecond);
        this.tokens = capacity;
        this.refilledAt = System.nanoTime();
    }

    /** Paces to {@code fraction} (0 to 1) of the account's rate from now on; waiting sends see the new pace at once. */
    void share(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("a share is more than 0 and at most 1, was " + fraction);
        }
        lock.lock();
        try {
            refill();
            perSecond = accountRate * fraction;
            capacity = capacity(perSecond);
            tokens = Math.min(tokens, capacity);
            refilled.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static double capacity(double perSecond) {
        return Math.max(1, perSecond / 10);
    }

    /** The rate this process paces to now, in sends per second. */
    double perSecond() {
        lock.lock();
        try {
            return perSecond;
        } finally {
            lock.unlock();
        }
    }

    /** Takes one token, waiting as long as needed; urgent callers go before normal ones. */
    void acquire(boolean urgent) throws InterruptedException {
        lock.lock();
        try {
            if (urgent) {
                urgentWaiting++;
            }
            try {
                while (true) {
                    refill();
                    boolean mayTake = urgent || urgentWaiting == 0;
                    if (mayTake && tokens >= 1) {
                        tokens -= 1;
                        return;
                    }
                    long waitNanos = mayTake
                            ? (long) ((1 - tokens) / perSecond * 1e9)
                            : Duration.ofMillis(5).toNanos();
                    refilled.awaitNanos(Math.max(waitNanos, 100_000));
                }
            } finally {
                if (urgent) {
                    urgentWaiting--;
                    refilled.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void refill() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - refilledAt) / 1e9 * perSecond);
        refilledAt = now;
    }
}
