package vn.canhbao.gateway.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.pipeline.DeliveryCounts.Waiting;

/**
 * What waits on a failing provider (#15), for the operator on call: {@code canhbao.dispatches.waiting{channel, reason}}
 * counts the dispatches waiting to be retried, by the reason of their last failure, and
 * {@code canhbao.dispatches.waiting.oldest{channel}} says how long ago the oldest of them was planned. Read from the
 * database at each sweep, so every replica reports the same figures: aggregate them with max, not sum.
 */
@Component
class WaitingOnProviders {

    private final DeliveryCounts dispatches;
    private final MultiGauge byReason;
    private final MultiGauge oldest;

    WaitingOnProviders(DeliveryCounts dispatches, MeterRegistry meters) {
        this.dispatches = dispatches;
        this.byReason = MultiGauge.builder("canhbao.dispatches.waiting")
                .description("Dispatches waiting to be retried after a provider failed them, by their last failure")
                .register(meters);
        this.oldest = MultiGauge.builder("canhbao.dispatches.waiting.oldest")
                .description("How long ago the oldest dispatch waiting to be retried was planned")
                .baseUnit("seconds")
                .register(meters);
        refresh(Instant.now());
    }

    void refresh(Instant now) {
        List<Waiting> waiting = dispatches.waiting();
        List<MultiGauge.Row<?>> counts = new ArrayList<>();
        Map<Channel, Instant> oldestByChannel = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            // Every channel reports, 0 included: a series that vanishes reads as "no data", not as "all sent".
            if (waiting.stream().noneMatch(w -> w.channel() == c)) {
                counts.add(MultiGauge.Row.of(Tags.of("channel", c.name(), "reason", "none"), 0));
            }
        }
        for (Waiting w : waiting) {
            counts.add(MultiGauge.Row.of(
                    Tags.of("channel", w.channel().name(), "reason", w.reason() == null ? "none" : w.reason()),
                    w.count()));
            oldestByChannel.merge(w.channel(), w.oldest(), (a, b) -> a.isBefore(b) ? a : b);
        }
        byReason.register(counts, true);
        List<MultiGauge.Row<?>> ages = new ArrayList<>();
        for (Channel c : Channel.values()) {
            Instant since = oldestByChannel.get(c);
            double seconds =
                    since == null ? 0 : Math.max(0, Duration.between(since, now).toMillis() / 1000.0);
            ages.add(MultiGauge.Row.of(Tags.of("channel", c.name()), seconds));
        }
        oldest.register(ages, true);
    }
}
