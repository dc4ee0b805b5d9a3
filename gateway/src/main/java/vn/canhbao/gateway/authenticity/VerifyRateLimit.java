package vn.canhbao.gateway.authenticity;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} code checks per client address per clock minute, so codes cannot be found by trying them.
 * Counted in memory: each replica counts on its own, so N replicas allow N times the limit, which still leaves guessing
 * hopeless; a restart forgets the counts. Good enough for a check that reveals only what the alert already says.
 */
final class VerifyRateLimit {

    /** Forget other minutes' counts once this many addresses are remembered. */
    private static final int SWEEP_ABOVE = 10_000;

    private record Window(long minute, int count) {}

    private final int limit;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    VerifyRateLimit(int limit, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("canhbao.verify.requests-per-minute must be at least 1, not " + limit);
        }
        this.limit = limit;
        this.clock = clock;
    }

    /** Counts one check by {@code client}; empty when allowed, else the seconds until it may check again. */
    OptionalLong acquire(String client) {
        long now = clock.millis();
        long minute = now / 60_000;
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> w.minute() != minute);
        }
        Window w = windows.merge(
                client,
                new Window(minute, 1),
                (old, one) -> old.minute() == minute ? new Window(minute, old.count() + 1) : one);
        if (w.count() <= limit) {
            return OptionalLong.empty();
        }
        long untilNextMinute = ((minute + 1) * 60_000 - now + 999) / 1000;
        return OptionalLong.of(Math.max(1, untilNextMinute));
    }
}
