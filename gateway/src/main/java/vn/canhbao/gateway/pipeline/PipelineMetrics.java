package vn.canhbao.gateway.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.gateway.alerts.StoredAlert;

/** The {@code canhbao.*} meters that several stages share. */
@Component
public class PipelineMetrics {

    private final MeterRegistry meters;

    PipelineMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void planned(List<Dispatch> dispatches) {
        dispatches.stream()
                .collect(Collectors.groupingBy(
                        d -> d.channel().name() + "/" + d.tier().name(), Collectors.counting()))
                .forEach((channelAndTier, count) -> Counter.builder("canhbao.dispatches.planned")
                        .description("Dispatch rows written by the planner")
                        .tag("channel", channelAndTier.substring(0, channelAndTier.indexOf('/')))
                        .tag("tier", channelAndTier.substring(channelAndTier.indexOf('/') + 1))
                        .register(meters)
                        .increment(count));
    }

    void issueToPlanned(StoredAlert alert, Instant now) {
        if (alert.issuedAt() != null) {
            stage("issue-to-planned").record(Duration.between(alert.issuedAt(), now));
        }
    }

    /** Time from an alert's issue to a provider accepting one of its dispatches. */
    void handover(String channel, Instant issuedAt, Instant acceptedAt) {
        Timer.builder("canhbao.handover.latency")
                .description("Time from issuing an alert to a provider accepting a dispatch of it")
                .tag("channel", channel)
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters)
                .record(Duration.between(issuedAt, acceptedAt));
    }

    /** The timer of one pipeline stage ({@code canhbao.stage.latency{stage}}). */
    public Timer stage(String name) {
        return Timer.builder("canhbao.stage.latency")
                .tag("stage", name)
                .description("Time each pipeline stage takes")
                .register(meters);
    }

    void sent(String channel, String outcome, String reason) {
        Counter.builder("canhbao.dispatches.sent")
                .description("Attempts to hand a dispatch to a provider, by outcome (accepted, retry, failed)")
                .tag("channel", channel)
                .tag("outcome", outcome)
                .tag("reason", reason == null ? "none" : reason)
                .register(meters)
                .increment();
    }

    void deadLettered(String channel, String reason) {
        Counter.builder("canhbao.dispatches.dead_lettered")
                .description("Dispatches that failed for good and went to the dead-letter topic")
                .tag("channel", channel)
                .tag("reason", reason)
                .register(meters)
                .increment();
    }

    void redriven(String channel, int count) {
        Counter.builder("canhbao.dispatches.redriven")
                .description("Dispatches put on their topic again: due retries and stalled work")
                .tag("channel", channel)
                .register(meters)
                .increment(count);
    }

    void takenOver(int count) {
        Counter.builder("canhbao.dispatches.taken_over")
                .description("Claimed dispatches taken over from a process whose lease lapsed (it died)")
                .register(meters)
                .increment(count);
    }

    /** Counts a record that could not be read and was skipped. */
    public void unreadable(String topic) {
        Counter.builder("canhbao.pipeline.unreadable")
                .description("Records that could not be read and were skipped")
                .tag("topic", topic)
                .register(meters)
                .increment();
    }
}
