package vn.canhbao.gateway.pipeline;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The concurrency bound of one provider account, shared by the channel's two lanes. While an urgent send waits for a
 * permit, no normal send takes one: a normal batch in flight never holds back the leaders' and loudspeakers' messages
 * for longer than its own sends take to answer. (The {@link TokenBucket} does the same for the rate.)
 */
class LanePermits {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private int free;
    private int urgentWaiting;

    LanePermits(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, was " + permits);
        }
        this.free = permits;
    }

    /** Takes one permit, waiting as long as needed; urgent callers go before normal ones. */
    void acquire(boolean urgent) {
        lock.lock();
        try {
            if (urgent) {
                urgentWaiting++;
            }
            try {
                while (free == 0 || (!urgent && urgentWaiting > 0)) {
                    released.awaitUninterruptibly();
                }
                free--;
            } finally {
                if (urgent && --urgentWaiting == 0 && free > 0) {
                    released.signalAll(); // normal sends held back only by this one may go
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Gives back a permit taken by {@link #acquire}. */
    void release() {
        lock.lock();
        try {
            free++;
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
