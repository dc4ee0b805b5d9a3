package vn.canhbao.gateway.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.StoredAlert;

/**
 * The database is the record of what is owed to whom; Kafka only carries the work. The sweeper puts back on the
 * topics what is due again (retries after their backoff) and what stalled (an alert issued but never planned, a
 * dispatch planned but never claimed, a claim whose dispatcher stopped), so no accepted warning depends on a record
 * that a broker lost or a process dropped. A claim of a process whose lease lapsed is taken over and sent from here
 * within seconds ({@link DispatcherLease}, {@link #takeOver()}); one whose process lives but never finished, after
 * {@code stall-timeout}.
 */
@Component
class DispatchSweeper implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DispatchSweeper.class);
    private static final int LIMIT = 5000;

    private final DueDispatches dispatches;
    private final AlertRepository alerts;
    private final DispatchPublisher publisher;
    private final AlertPlanner planner;
    private final PipelineProperties properties;
    private final PipelineMetrics metrics;
    private final LaneBacklog backlog;
    private final ChannelAdapters channels;
    private final SweepMarks marks;
    private final WaitingOnProviders waiting;
    private final ChannelDispatchers senders;

    /**
     * The takeover's own thread, apart from the scheduler that runs {@link #sweep()}: when a broker dies, the sweep's
     * read of the lanes' lag waits out its timeout, and a takeover behind it waited too (#18's cluster run: 16 s).
     */
    private final ScheduledExecutorService takeovers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("dispatch-takeover").daemon(true).factory());

    private volatile boolean running;

    DispatchSweeper(
            DueDispatches dispatches,
            AlertRepository alerts,
            DispatchPublisher publisher,
            AlertPlanner planner,
            PipelineProperties properties,
            PipelineMetrics metrics,
            LaneBacklog backlog,
            ChannelAdapters channels,
            WaitingOnProviders waiting,
            ChannelDispatchers senders) {
        this.dispatches = dispatches;
        this.alerts = alerts;
        this.publisher = publisher;
        this.planner = planner;
        this.properties = properties;
        this.metrics = metrics;
        this.backlog = backlog;
        this.channels = channels;
        this.marks = dispatches.sharedMarks();
        this.waiting = waiting;
        this.senders = senders;
    }

    /** Starts checking for lapsed claims every {@code lease-renewal}. */
    @Override
    public void start() {
        long every = properties.leaseRenewal().toMillis();
        takeovers.scheduleWithFixedDelay(this::takeOver, every, every, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        takeovers.shutdown();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void destroy() {
        takeovers.shutdownNow();
    }

    /**
     * Takes over, and sends from here at once, what a process whose lease lapsed had claimed (#17): checked as often as
     * leases are renewed, and sent without waiting for the dead process's partitions, whose consumer group may take
     * longer to notice it is gone (its session timeout, and the coordinator's own move if its broker went with it).
     */
    void takeOver() {
        try {
            Instant now = Instant.now();
            List<QueuedDispatch> taken = dispatches.takeOverLapsed(now.minus(properties.leaseTimeout()), now, LIMIT);
            if (!taken.isEmpty()) {
                log.warn("Took over {} dispatches claimed by a process whose lease lapsed", taken.size());
                metrics.takenOver(taken.size());
                senders.sendHere(taken);
            }
        } catch (RuntimeException e) {
            log.warn("Taking over lapsed claims failed; the next check will try again: {}", e.toString());
        }
    }

    @Scheduled(
            fixedDelayString = "${canhbao.pipeline.sweep-interval}",
            initialDelayString = "${canhbao.pipeline.sweep-interval}")
    void sweep() {
        try {
            Instant now = Instant.now();
            Instant stalledBefore = now.minus(properties.stallTimeout());
            for (StoredAlert stalled : alerts.issuedNotPlannedBefore(stalledBefore)) {
                log.warn(
                        "Alert {} was issued but not planned; planning it again",
                        stalled.alert().id());
                planner.plan(stalled.alert().id());
            }
            List<QueuedDispatch> due = dispatches.takeDue(now, LIMIT, backlog.busy(channels.channels()), marks);
            if (!due.isEmpty()) {
                publisher.publish(due);
                Map<Channel, Long> byChannel = due.stream()
                        .collect(Collectors.groupingBy(q -> q.dispatch().channel(), Collectors.counting()));
                byChannel.forEach((channel, n) -> metrics.redriven(channel.name(), n.intValue()));
            }
            waiting.refresh(now);
        } catch (RuntimeException e) {
            log.warn("Sweep failed; the next one will try again: {}", e.toString());
        }
    }
}
