package vn.canhbao.gateway.pipeline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the pipeline paces itself. ({@code canhbao.pipeline.outbox-poll-interval}, how often the outbox relay looks for
 * records when nothing woke it, is read by the relay itself.)
 *
 * @param firstRetryDelay the backoff after a first failure; it doubles with each failure, with jitter
 * @param maxRetryDelay the longest backoff between two attempts: a provider that recovers is used again within it
 * @param retryWithoutExpiry how long transient failures are retried for an alert that has no expiry; an alert with one
 *     is retried until it expires
 * @param fallbackAfterFailures after this many transient failures in a row, the person's next channel is tried as
 *     well, while the failing one keeps being retried
 * @param leaseRenewal how often a dispatching process renews the lease that keeps its claims its own
 * @param leaseTimeout how long after its last renewal a process's claims are taken over by the others
 * @param stallTimeout how long a dispatch may sit planned or claimed before the sweeper sends it again
 * @param sweepInterval how often the sweeper looks for due retries and stalled work
 * @param urgentHeadStart the longest a ward's residents wait to be planned while its leaders' and loudspeakers'
 *     messages are handed over; the wait also ends when those stop moving for a second (a provider down). 0: none
 * @param consumersPerLane Kafka consumers in each lane of each channel: with more than one, a lane sends one batch
 *     while it records another; at most the dispatch topics' partitions
 * @param planningPage people read, written and published together (5,000): enough to batch the writes, few enough
 *     that sending starts early and a ward is never in memory whole
 * @param urgentChunk urgent dispatches written and published together (500), so the first loudspeakers and leaders
 *     are being sent while the rest of the urgent tier is still written
 */
@ConfigurationProperties("canhbao.pipeline")
public record PipelineProperties(
        Duration firstRetryDelay,
        Duration maxRetryDelay,
        Duration retryWithoutExpiry,
        int fallbackAfterFailures,
        Duration leaseRenewal,
        Duration leaseTimeout,
        Duration stallTimeout,
        Duration sweepInterval,
        int consumersPerLane,
        Duration urgentHeadStart,
        int planningPage,
        int urgentChunk) {

    public PipelineProperties {
        planningPage = planningPage == 0 ? 5_000 : planningPage;
        urgentChunk = urgentChunk == 0 ? 500 : urgentChunk;
        if (planningPage < 1 || urgentChunk < 1) {
            throw new IllegalArgumentException(
                    "planning-page and urgent-chunk must be at least 1: " + planningPage + ", " + urgentChunk);
        }
    }

    /** The same settings with another planning page, urgent chunk and head start: a planner tuned for a test. */
    PipelineProperties withPlanning(int page, int chunk, Duration headStart) {
        return new PipelineProperties(
                firstRetryDelay,
                maxRetryDelay,
                retryWithoutExpiry,
                fallbackAfterFailures,
                leaseRenewal,
                leaseTimeout,
                stallTimeout,
                sweepInterval,
                consumersPerLane,
                headStart,
                page,
                chunk);
    }
}
