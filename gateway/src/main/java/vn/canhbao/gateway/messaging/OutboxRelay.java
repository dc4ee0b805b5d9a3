package vn.canhbao.gateway.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves outbox records to Kafka in order, and marks them published only once the broker has acknowledged them
 * ({@code acks=all}). A record may be published twice (a crash between the acknowledgement and the mark); every
 * consumer of the pipeline is idempotent, so that costs nothing but a little work.
 *
 * <p>One relay for all replicas (#17): on PostgreSQL a round runs in a transaction that holds an advisory lock, and a
 * replica that finds it held leaves the round to the one holding it. Sharing the rows instead ({@code skip locked})
 * would publish two batches at once and could put a cancel on Kafka before the alert it cancels. The lock goes with the
 * holder's transaction, so when that replica dies the next round of another takes over.
 */
@Component
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 500;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration KEEP_PUBLISHED = Duration.ofDays(1);
    /** The advisory lock's key: "canhbao outbox relay", as a number. */
    static final long RELAY_LOCK = 0x63616e6862616f01L;

    private final JdbcTemplate jdbc;
    private final KafkaTemplate<String, String> kafka;
    private final Duration pollInterval;
    private final Counter published;
    private final Counter failures;
    private final Counter leftToAnother;
    private final TransactionTemplate tx;
    /** PostgreSQL's advisory lock; H2 is embedded in one process, whose one relay needs none. */
    private final boolean shared;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private volatile boolean wakeUp;
    private volatile boolean running;
    private Thread thread;

    OutboxRelay(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            KafkaTemplate<String, String> kafka,
            // Read by name, not through PipelineProperties: messaging sits below the pipeline and knows nothing of it.
            @Value("${canhbao.pipeline.outbox-poll-interval}") Duration pollInterval,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.kafka = kafka;
        this.pollInterval = pollInterval;
        this.shared = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>)
                c -> c.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")));
        this.leftToAnother = Counter.builder("canhbao.outbox.left_to_another")
                .description("Relay rounds left to the replica that holds the relay")
                .register(meters);
        this.published = Counter.builder("canhbao.outbox.published")
                .description("Outbox records acknowledged by Kafka")
                .register(meters);
        this.failures = Counter.builder("canhbao.outbox.failures")
                .description("Relay rounds that failed (broker or database unavailable); records wait and are retried")
                .register(meters);
        Gauge.builder("canhbao.outbox.pending", this, OutboxRelay::pending)
                .description("Outbox records not yet on Kafka")
                .register(meters);
        Gauge.builder("canhbao.outbox.lag", this, OutboxRelay::lagSeconds)
                .description("Age in seconds of the oldest outbox record not yet on Kafka")
                .baseUnit("seconds")
                .register(meters);
    }

    /** Asks the relay to look now rather than at its next poll. */
    void wakeUp() {
        lock.lock();
        try {
            wakeUp = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        Instant lastCleanup = Instant.now();
        while (running) {
            Duration pause = pollInterval;
            try {
                if (relayBatch() == BATCH) {
                    continue;
                }
                if (Duration.between(lastCleanup, Instant.now()).toMinutes() >= 10) {
                    jdbc.update(
                            "delete from outbox where published_at < ?",
                            Timestamp.from(Instant.now().minus(KEEP_PUBLISHED)));
                    lastCleanup = Instant.now();
                }
            } catch (RuntimeException e) {
                failures.increment();
                log.warn("Outbox relay could not publish; retrying in 1 s: {}", e.toString());
                pause = Duration.ofSeconds(1);
            }
            if (!awaitWork(pause)) {
                return;
            }
        }
    }

    /** Publishes the oldest pending records; returns how many (none when another replica is relaying). */
    int relayBatch() {
        if (!shared) {
            return publishBatch();
        }
        Integer n = tx.execute(status -> {
            Boolean mine = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, RELAY_LOCK);
            if (!Boolean.TRUE.equals(mine)) {
                leftToAnother.increment();
                return 0;
            }
            return publishBatch();
        });
        return n == null ? 0 : n;
    }

    private int publishBatch() {
        record Pending(long id, String topic, String key, String payload) {}
        List<Pending> rows = jdbc.query(
                "select id, topic, record_key, payload from outbox where published_at is null order by id limit "
                        + BATCH,
                (rs, i) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        if (rows.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<?>> sends = new ArrayList<>(rows.size());
        for (Pending row : rows) {
            sends.add(kafka.send(row.topic(), row.key(), row.payload()));
        }
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while relaying the outbox", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge outbox records", e);
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("update outbox set published_at = ? where id = ?", rows, rows.size(), (ps, row) -> {
            ps.setTimestamp(1, now);
            ps.setLong(2, row.id());
        });
        published.increment(rows.size());
        return rows.size();
    }

    /** Waits for a wake-up or the timeout; false when the relay was interrupted and must end. */
    private boolean awaitWork(Duration timeout) {
        lock.lock();
        try {
            if (!wakeUp && running) {
                work.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            wakeUp = false;
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    private double pending() {
        Long n = jdbc.queryForObject("select count(*) from outbox where published_at is null", Long.class);
        return n == null ? 0 : n;
    }

    private double lagSeconds() {
        Timestamp oldest =
                jdbc.queryForObject("select min(created_at) from outbox where published_at is null", Timestamp.class);
        return oldest == null
                ? 0
                : Duration.between(oldest.toInstant(), Instant.now()).toMillis() / 1000.0;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofVirtual().name("outbox-relay").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        try {
            if (thread != null) {
                thread.join(Duration.ofSeconds(35));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after the Kafka listeners, stops before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
