package vn.canhbao.gateway.pipeline;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * This process's lease on the dispatches it claims (#15). Each claim names the process's incarnation, an id new at
 * every start; a thread of its own renews the lease every {@code lease-renewal}, apart from the scheduler that a long
 * sweep or escalation tick can hold up. When a process dies, its lease lapses after {@code lease-timeout} and the
 * sweeper of any process takes its claims over at once, rather than after {@code stall-timeout}.
 */
@Component
class DispatcherLease implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DispatcherLease.class);

    private final UUID incarnation = UUID.randomUUID();
    private final JdbcTemplate jdbc;
    private final ScheduledExecutorService renewer;

    DispatcherLease(JdbcTemplate jdbc, PipelineProperties properties) {
        this.jdbc = jdbc;
        Timestamp now = Timestamp.from(Instant.now());
        // Held before the first claim: the dispatchers start after every bean is made.
        jdbc.update(
                "insert into dispatcher_lease (incarnation, host, started_at, renewed_at) values (?, ?, ?, ?)",
                incarnation,
                host(),
                now,
                now);
        this.renewer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("dispatcher-lease").daemon(true).factory());
        long every = properties.leaseRenewal().toMillis();
        renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /** The id that this process's claims carry. */
    UUID incarnation() {
        return incarnation;
    }

    private void renew() {
        try {
            jdbc.update(
                    "update dispatcher_lease set renewed_at = ? where incarnation = ?",
                    Timestamp.from(Instant.now()),
                    incarnation);
        } catch (RuntimeException e) {
            // The next renewal tries again; while the database is away this process can record nothing anyway.
            log.warn("Could not renew the dispatcher lease: {}", e.toString());
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/"
                    + ProcessHandle.current().pid();
        } catch (Exception e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }

    @Override
    public void destroy() {
        renewer.shutdownNow();
    }
}
