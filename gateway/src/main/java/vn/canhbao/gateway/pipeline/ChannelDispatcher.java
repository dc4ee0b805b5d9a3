package vn.canhbao.gateway.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.delivery.DeliveryEvent;
import vn.canhbao.core.delivery.DeliveryStatus;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;
import vn.canhbao.gateway.messaging.Topics;
import vn.canhbao.gateway.pipeline.DispatchRepository.Claim;
import vn.canhbao.gateway.pipeline.DispatchRepository.Outcome;

/**
 * Sends one channel's dispatches. For each batch from the topic it claims the dispatches in the database (so a
 * dispatch already sent, cancelled or claimed elsewhere is skipped), hands them to the adapter with bounded
 * concurrency, records every outcome, and publishes the delivery events and dead letters before the batch's offsets
 * are committed. Retry is decided here and only here, by {@link RetryPolicy}; the move to another channel, by
 * {@link Fallback}.
 */
class ChannelDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ChannelDispatcher.class);

    /** Outcomes recorded together while a batch is still being sent; see {@link #sendAndSettle}. */
    static final int SETTLE_EVERY = 100;

    private static final long SETTLE_AFTER = Duration.ofMillis(500).toNanos();

    private static final SendResult EXPIRED =
            SendResult.failed(FailureReason.EXPIRED, "The alert expired before this message could be sent.");

    private final ChannelAdapter adapter;
    private final DispatchRepository dispatches;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    /** Bound once: {@code readValue(String, Class)} resolves the type again for every record. */
    private final ObjectReader messages;

    private final RetryPolicy retry;
    private final int fallbackAfterFailures;
    private final PipelineMetrics metrics;
    private final DeliveryEventPublisher events;
    private final Fallback fallback;
    private final FirstLeaderHandover firstLeaders;
    private final LanePermits permits;
    private final TokenBucket bucket;
    private final boolean urgent;
    private final ExecutorService senders;
    private final Timer sendTimer;
    private final String channel;

    ChannelDispatcher(
            ChannelAdapter adapter,
            LanePermits permits,
            TokenBucket bucket,
            boolean urgent,
            DispatchRepository dispatches,
            KafkaTemplate<String, String> kafka,
            JsonMapper json,
            RetryPolicy retry,
            int fallbackAfterFailures,
            DeliveryEventPublisher events,
            Fallback fallback,
            FirstLeaderHandover firstLeaders,
            PipelineMetrics metrics,
            MeterRegistry meters) {
        this.adapter = adapter;
        this.firstLeaders = firstLeaders;
        this.dispatches = dispatches;
        this.kafka = kafka;
        this.json = json;
        this.messages = json.readerFor(DispatchMessage.class);
        this.retry = retry;
        this.fallbackAfterFailures = fallbackAfterFailures;
        this.metrics = metrics;
        this.events = events;
        this.fallback = fallback;
        this.permits = permits;
        this.bucket = bucket;
        this.urgent = urgent;
        this.channel = adapter.channel().name();
        // Virtual threads share a few carriers in arrival order: behind a normal lane's hundreds of sends, an urgent
        // send would wait its turn. The urgent lane's few sends get platform threads of their own, which the operating
        // system schedules beside the carriers rather than behind them.
        this.senders = urgent
                ? Executors.newCachedThreadPool(Thread.ofPlatform()
                        .name("urgent-" + channel.toLowerCase(Locale.ROOT) + "-", 0)
                        .daemon(true)
                        .factory())
                : Executors.newVirtualThreadPerTaskExecutor();
        this.sendTimer = Timer.builder("canhbao.provider.latency")
                .description("Time a provider takes to answer one send")
                .tag("channel", channel)
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
    }

    /** Paces and bounds one send: a rate token, then a concurrency permit, urgent sends first for both. */
    private void admit() {
        try {
            bucket.acquire(urgent);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while pacing sends; the batch will be retried", e);
        }
        permits.acquire(urgent);
    }

    void onBatch(List<ConsumerRecord<String, String>> records) {
        Map<UUID, DispatchMessage> byId = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                DispatchMessage m = messages.readValue(record.value());
                byId.putIfAbsent(m.id(), m);
            } catch (RuntimeException e) {
                metrics.unreadable(record.topic());
                log.error(
                        "Skipping unreadable record at {}-{}@{}", record.topic(), record.partition(), record.offset());
            }
        }
        dispatch(byId);
    }

    /**
     * Claims and sends these dispatches: a batch from the topic, or the claims of a dead process this one took over
     * without waiting for their partitions ({@link DispatchSweeper}).
     */
    void dispatch(Map<UUID, DispatchMessage> byId) {
        if (byId.isEmpty()) {
            return;
        }
        Map<UUID, Claim> claimed = dispatches.claim(byId.keySet());
        List<Claimed> toSend = new ArrayList<>(claimed.size());
        for (DispatchMessage m : byId.values()) {
            Claim claim = claimed.get(m.id());
            if (claim != null) {
                toSend.add(new Claimed(m.toDispatch(claim.attempt()), claim.planned()));
            }
        }
        sendAndSettle(toSend);
    }

    private record Claimed(Dispatch dispatch, Instant planned) {}

    private record Attempt(Dispatch dispatch, Instant planned, SendResult result, Instant at) {}

    /**
     * Sends at the channel's pace and records the outcomes as they come, every {@value #SETTLE_EVERY} or every
     * {@link #SETTLE_AFTER}, while the sends go on: what a process that dies had handed to the provider without
     * recording it, and what is then sent a second time, is that much and not the whole batch.
     */
    private void sendAndSettle(List<Claimed> toSend) {
        BlockingQueue<Attempt> done = new LinkedBlockingQueue<>();
        List<CompletableFuture<Void>> work = new ArrayList<>();
        long settledAt = System.nanoTime();
        Instant now = Instant.now();
        for (Claimed c : toSend) {
            Dispatch d = c.dispatch();
            if (d.expires() != null && !now.isBefore(d.expires().toInstant())) {
                done.add(new Attempt(d, c.planned(), EXPIRED, now));
                continue;
            }
            admit();
            work.add(CompletableFuture.runAsync(
                    () -> {
                        try {
                            long start = System.nanoTime();
                            SendResult result = send(d);
                            sendTimer.record(Duration.ofNanos(System.nanoTime() - start));
                            done.add(new Attempt(d, c.planned(), result, Instant.now()));
                        } finally {
                            permits.release();
                        }
                    },
                    senders));
            if (done.size() >= SETTLE_EVERY || !done.isEmpty() && System.nanoTime() - settledAt > SETTLE_AFTER) {
                work.add(settleAsync(drain(done)));
                settledAt = System.nanoTime();
            }
        }
        // Every send has answered once the sends' futures are done (the settles among them may still run).
        CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
        List<Attempt> rest = drain(done);
        if (!rest.isEmpty()) {
            settle(rest);
        }
    }

    private CompletableFuture<Void> settleAsync(List<Attempt> attempts) {
        // On the lane's own threads: the urgent lane's records are not kept waiting behind the normal lanes' sends.
        return CompletableFuture.runAsync(() -> settle(attempts), senders);
    }

    private static List<Attempt> drain(BlockingQueue<Attempt> done) {
        List<Attempt> attempts = new ArrayList<>(done.size());
        done.drainTo(attempts);
        return attempts;
    }

    private SendResult send(Dispatch d) {
        return send(adapter, d);
    }

    /** One send; an adapter that throws, which the SPI promises never to do, counts as a server error and is retried. */
    static SendResult send(ChannelAdapter adapter, Dispatch d) {
        try {
            return adapter.send(d);
        } catch (RuntimeException e) {
            log.error("{} adapter threw for dispatch {}", adapter.channel(), d.id(), e);
            return SendResult.failed(
                    FailureReason.SERVER_ERROR, "adapter error: " + e.getClass().getName());
        }
    }

    private void settle(List<Attempt> attempts) {
        // A retry waits from now, not from when its own send returned: its row must not be due before it is written,
        // for the sweeper reads each range only from where it last stopped (SweepMarks).
        Instant settling = Instant.now();
        List<Outcome> outcomes = new ArrayList<>(attempts.size());
        List<DeliveryEvent> settled = new ArrayList<>(attempts.size());
        List<CompletableFuture<?>> sends = new ArrayList<>();
        List<Attempt> instead = new ArrayList<>();
        List<Attempt> alongside = new ArrayList<>();
        for (Attempt a : attempts) {
            Dispatch d = a.dispatch();
            switch (a.result()) {
                case SendResult.Accepted accepted -> {
                    outcomes.add(new Outcome(
                            d.id(), DeliveryStatus.ACCEPTED, accepted.providerMessageId(), null, null, null, a.at()));
                    settled.add(event(d, DeliveryStatus.ACCEPTED, accepted.providerMessageId(), null, null, a.at()));
                    metrics.sent(channel, "accepted", null);
                }
                case SendResult.Failed failed -> {
                    String reason = failed.reason().name();
                    boolean counted = RetryPolicy.isAttempt(failed.reason());
                    int failures = d.attempt() + (counted ? 1 : 0);
                    Optional<Instant> next = failed.retryable()
                            ? retry.nextAttempt(failures, failed.retryAfter(), d.expires(), a.planned(), settling)
                            : Optional.empty();
                    if (next.isPresent()) {
                        outcomes.add(new Outcome(
                                d.id(),
                                DeliveryStatus.RETRY_WAIT,
                                null,
                                reason,
                                failed.detail(),
                                next.get(),
                                null,
                                counted));
                        metrics.sent(channel, "retry", reason);
                        if (counted && failures == fallbackAfterFailures) {
                            alongside.add(a);
                        }
                    } else {
                        outcomes.add(new Outcome(
                                d.id(), DeliveryStatus.FAILED, null, reason, failed.detail(), null, null, counted));
                        settled.add(event(d, DeliveryStatus.FAILED, null, reason, failed.detail(), a.at()));
                        sends.add(kafka.send(
                                Topics.deadLetter(d.channel()),
                                d.recipientId().toString(),
                                json.writeValueAsString(new DeadLetter(
                                        DispatchMessage.of(d), failures, reason, failed.detail(), a.at()))));
                        metrics.sent(channel, "failed", reason);
                        metrics.deadLettered(channel, reason);
                        if (Fallback.appliesTo(failed.reason())) {
                            instead.add(a);
                        }
                    }
                }
            }
        }
        recordHoldingOn(outcomes);
        for (Attempt a : attempts) {
            if (a.dispatch().tier() == Tier.LEADER && a.result() instanceof SendResult.Accepted) {
                firstLeaders.handedOver(a.dispatch().alertId().value(), a.at());
            }
        }
        sends.addAll(events.send(settled));
        DispatchPublisher.await(sends);
        for (Attempt a : instead) {
            fallback.after(a.dispatch(), ((SendResult.Failed) a.result()).reason());
        }
        // The provider keeps failing this person: their next channel carries the warning too, while this one is
        // retried until the alert expires (#15).
        for (Attempt a : alongside) {
            fallback.alongside(a.dispatch(), ((SendResult.Failed) a.result()).reason());
        }
    }

    /**
     * Records the outcomes, trying again when the database refuses for a moment (a deadlock, a failover). Some of these
     * messages are with the provider already: losing their outcome would have the sweeper send them a second time.
     */
    private void recordHoldingOn(List<Outcome> outcomes) {
        for (int attempt = 1; ; attempt++) {
            try {
                dispatches.record(outcomes);
                return;
            } catch (TransientDataAccessException | RecoverableDataAccessException e) {
                if (attempt == 10) {
                    throw e;
                }
                log.warn("Recording {} {} outcomes failed ({}); trying again", outcomes.size(), channel, e.toString());
                try {
                    Thread.sleep(Math.min(2_000, 50L << attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static DeliveryEvent event(
            Dispatch d, DeliveryStatus status, String providerId, String reason, String detail, Instant at) {
        return new DeliveryEvent(d.id(), d.alertId(), d.channel(), status, providerId, reason, detail, at);
    }

    void close() {
        senders.close();
    }
}
