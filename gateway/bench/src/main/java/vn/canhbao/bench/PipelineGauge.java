package vn.canhbao.bench;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Reads the pipeline's progress from its own meters, which costs nothing, rather than counting dispatch rows in the
 * database while it works: attempts that ended (accepted, or failed for good) and the planner's time.
 */
final class PipelineGauge {

    private final MeterRegistry meters;

    PipelineGauge(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Dispatches handed over or failed for good, since the gateway started. */
    long settled() {
        return sent("accepted") + sent("failed");
    }

    long sent(String outcome) {
        double total = 0;
        for (Counter c :
                meters.find("canhbao.dispatches.sent").tag("outcome", outcome).counters()) {
            total += c.count();
        }
        return Math.round(total);
    }

    /** Dispatches the sweeper put back on their topics (due retries, work it took for stalled), since the start. */
    long redriven() {
        double total = 0;
        for (Counter c : meters.find("canhbao.dispatches.redriven").counters()) {
            total += c.count();
        }
        return Math.round(total);
    }

    /** Seconds the planner has spent planning alerts, since the gateway started. */
    double planSeconds() {
        double total = 0;
        for (Timer t : meters.find("canhbao.stage.latency").tag("stage", "plan").timers()) {
            total += t.totalTime(TimeUnit.NANOSECONDS) / 1e9;
        }
        return total;
    }
}
