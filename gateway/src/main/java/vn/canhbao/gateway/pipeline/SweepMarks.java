package vn.canhbao.gateway.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.canhbao.core.delivery.Channel;

/**
 * How far the sweeper has read each of its ranges (a status and a channel, in {@code next_attempt_at} order).
 *
 * <p>Every write sets a row's {@code next_attempt_at} after the time it is written, so a range only grows at its due
 * end. A sweep therefore reads a range from where the last one stopped, less {@link #MARGIN} for a transaction that
 * committed late, and not from its start. A row that moves on leaves its old index entry behind until it is vacuumed,
 * and reading from the start read all of them on every pass, more with every minute of a large fan-out. Once per
 * {@code full-every} (the stall timeout) a range is read from its start all the same, so a row that committed later
 * than the margin allows waits at most that long.
 */
final class SweepMarks {

    /** Longer than a batch's outcomes take to be recorded, retries of a refused commit included. */
    static final Duration MARGIN = Duration.ofSeconds(30);

    private final Duration fullEvery;
    private final Map<Range, Mark> marks = new ConcurrentHashMap<>();

    /** One of the sweeper's ranges. */
    record Range(String status, Channel channel) {}

    private record Mark(Instant readTo, Instant fullAt) {}

    SweepMarks(Duration fullEvery) {
        this.fullEvery = fullEvery;
    }

    /** Marks that remember nothing: every sweep reads every range from its start. */
    static SweepMarks none() {
        return new SweepMarks(Duration.ZERO);
    }

    /** Where to read {@code range} from (exclusive), or null to read it from its start. */
    Instant from(Range range, Instant now) {
        Mark mark = marks.get(range);
        if (mark == null || !now.isBefore(mark.fullAt().plus(fullEvery))) {
            return null;
        }
        return mark.readTo().minus(MARGIN);
    }

    /**
     * Notes that a sweep that began at {@code from} (null: the start) read {@code range} up to {@code readTo}: to its
     * due end when it found fewer rows than it could take, else to the last row it took.
     */
    void read(Range range, Instant from, Instant readTo, Instant now) {
        marks.compute(range, (r, old) -> new Mark(readTo, from == null || old == null ? now : old.fullAt()));
    }
}
