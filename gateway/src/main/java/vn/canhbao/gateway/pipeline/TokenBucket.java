package vn.canhbao.gateway.pipeline;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Paces the sends of one provider account to its rate limit: a token bucket holding at most one second of tokens, so a
 * burst never exceeds the provider's per-second limit. The urgent lane takes tokens first: while an urgent send
 * waits, normal sends wait behind it.
 */
class TokenBucket {

    private final double perSecond;
    private final double capacity;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition refilled = lock.newCondition();
    private double tokens;
    private long refilledAt;
    private int urgentWaiting;

    TokenBucket(double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive, was " + perSecond);
        }
        this.perSecond = perSecond;
        this.capacity = Math.max(1, perSecond);
        this.tokens = capacity;
        this.refilledAt = System.nanoTime();
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
