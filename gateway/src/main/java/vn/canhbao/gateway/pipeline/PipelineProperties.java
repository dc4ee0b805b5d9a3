package vn.canhbao.gateway.pipeline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the pipeline paces itself.
 *
 * @param outboxPollInterval how often the outbox relay looks for records when nothing woke it
 * @param maxAttempts how many times a dispatch is handed to a provider before it is dead-lettered
 * @param firstRetryDelay the backoff before the second attempt; it doubles each time, with jitter
 * @param maxRetryDelay the longest backoff between two attempts
 * @param stallTimeout how long a dispatch may sit planned or claimed before the sweeper sends it again
 * @param sweepInterval how often the sweeper looks for due retries and stalled work
 * @param urgentHeadStart the longest a ward's residents wait to be planned while its leaders' and loudspeakers'
 *     messages are handed over; the wait also ends when those stop moving for a second (a provider down). 0: none
 * @param consumersPerLane Kafka consumers in each lane of each channel: with more than one, a lane sends one batch
 *     while it records another; at most the dispatch topics' partitions
 */
@ConfigurationProperties("canhbao.pipeline")
public record PipelineProperties(
        Duration outboxPollInterval,
        int maxAttempts,
        Duration firstRetryDelay,
        Duration maxRetryDelay,
        Duration stallTimeout,
        Duration sweepInterval,
        int consumersPerLane,
        Duration urgentHeadStart) {}
