package vn.canhbao.gateway.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How long an alert took from its issue to its first neighbourhood leader: the time from {@code alert.issued_at} to
 * the first hand-over to a provider of a {@code LEADER} dispatch of it, kept on the alert ({@code first_leader_at}) and
 * timed as {@code canhbao.alert.first_leader}. The alert row's conditional update ({@code first_leader_at is null})
 * decides who records it, so each alert is timed once, by one replica, however many send its leaders or take a send
 * over. An alert that reached no leader is never timed.
 */
@Component
class FirstLeaderHandover {

    private static final Logger log = LoggerFactory.getLogger(FirstLeaderHandover.class);

    /** Bounds of the histogram: the alert's threshold (10 s) is one of them, so a rule can count alerts above it. */
    static final Duration[] BUCKETS = {
        Duration.ofSeconds(1),
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofMinutes(1),
        Duration.ofMinutes(5)
    };

    private final JdbcTemplate jdbc;
    private final Timer firstLeader;

    /** Alerts whose first leader is known to be recorded, by this replica or another: no more updates for them. */
    private final Set<UUID> recorded = Collections.newSetFromMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
            return size() > 1000;
        }
    });

    FirstLeaderHandover(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        // Registered at start, empty, so that Prometheus's increase() sees the first alert of a replica's life.
        this.firstLeader = Timer.builder("canhbao.alert.first_leader")
                .description("Time from issuing an alert to handing its first neighbourhood leader's message to a"
                        + " provider, once per alert")
                .serviceLevelObjectives(BUCKETS)
                .register(meters);
    }

    /**
     * A leader's message of the alert was handed over at {@code at}: the alert's first, unless one was before. Never
     * throws: the time is a measure, and the send it measures is recorded already.
     */
    void handedOver(UUID alertId, Instant at) {
        synchronized (recorded) {
            if (recorded.contains(alertId)) {
                return;
            }
        }
        try {
            int changed = jdbc.update(
                    "update alert set first_leader_at = ? where id = ? and first_leader_at is null"
                            + " and issued_at is not null",
                    Timestamp.from(at),
                    alertId);
            if (changed == 1) {
                Timestamp issued =
                        jdbc.queryForObject("select issued_at from alert where id = ?", Timestamp.class, alertId);
                Duration took = Duration.between(issued.toInstant(), at);
                firstLeader.record(took.isNegative() ? Duration.ZERO : took);
            }
            synchronized (recorded) {
                recorded.add(alertId);
            }
        } catch (RuntimeException e) {
            log.warn("Could not record the first leader's hand-over of alert {}", alertId, e);
        }
    }
}
