package vn.canhbao.gateway.pipeline;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
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
 *
 * <p>The marks are the replicas' together (#17), kept in {@code sweep_mark}: a sweep {@link #load()}s them, reads, and
 * {@link #save()}s what it read. The last to save wins, which is safe: each writes only how far it read itself. A mark
 * is a replica's clock reading, so the replicas' clocks must agree within the margin (keep them on NTP).
 */
final class SweepMarks {

    /** Longer than a batch's outcomes take to be recorded, retries of a refused commit included. */
    static final Duration MARGIN = Duration.ofSeconds(30);

    private final Duration fullEvery;
    private final JdbcTemplate jdbc;
    private final Map<Range, Mark> marks = new ConcurrentHashMap<>();
    private final Set<Range> read = ConcurrentHashMap.newKeySet();

    /** One of the sweeper's ranges. */
    record Range(String status, Channel channel) {}

    private record Mark(Instant readTo, Instant fullAt) {}

    /** Marks of this process only, as a test wants them. */
    SweepMarks(Duration fullEvery) {
        this(fullEvery, null);
    }

    /** Marks shared through {@code sweep_mark} when {@code jdbc} is given. */
    SweepMarks(Duration fullEvery, JdbcTemplate jdbc) {
        this.fullEvery = fullEvery;
        this.jdbc = jdbc;
    }

    /** Marks that remember nothing: every sweep reads every range from its start. */
    static SweepMarks none() {
        return new SweepMarks(Duration.ZERO);
    }

    /** Takes the marks as the replicas left them, before a sweep. */
    void load() {
        if (jdbc == null) {
            return;
        }
        jdbc.query("select status, channel, read_to, full_at from sweep_mark", rs -> {
            try {
                marks.put(
                        new Range(rs.getString(1), Channel.valueOf(rs.getString(2))),
                        new Mark(
                                rs.getTimestamp(3).toInstant(),
                                rs.getTimestamp(4).toInstant()));
            } catch (IllegalArgumentException aChannelNoLongerServed) {
                // its mark is of no use
            }
        });
    }

    /** Keeps the marks of the ranges this sweep read, for the next sweep of any replica. */
    void save() {
        if (jdbc == null || read.isEmpty()) {
            read.clear();
            return;
        }
        List<Range> ranges = List.copyOf(read);
        read.clear();
        int[] updated = jdbc.batchUpdate(
                "update sweep_mark set read_to = ?, full_at = ? where status = ? and channel = ?",
                ranges.stream().map(r -> row(r, marks.get(r))).toList());
        for (int i = 0; i < ranges.size(); i++) {
            if (updated[i] == 0) {
                try {
                    Object[] row = row(ranges.get(i), marks.get(ranges.get(i)));
                    jdbc.update("insert into sweep_mark (read_to, full_at, status, channel) values (?, ?, ?, ?)", row);
                } catch (DuplicateKeyException anotherReplicaWasFirst) {
                    // its mark is as good as ours
                }
            }
        }
    }

    private static Object[] row(Range range, Mark mark) {
        return new Object[] {
            Timestamp.from(mark.readTo()),
            Timestamp.from(mark.fullAt()),
            range.status(),
            range.channel().name()
        };
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
        read.add(range);
    }
}
