package vn.canhbao.gateway.subscription;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** The {@code canhbao.subscription.*} counters: codes sent, subscriptions confirmed, refusals by reason, unsubscribes. */
@Component
class SubscriptionMetrics {

    private final MeterRegistry meters;
    private final Counter codesSent;
    private final Counter confirmed;
    private final Counter unsubscribed;

    SubscriptionMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.codesSent = Counter.builder("canhbao.subscription.codes.sent")
                .description("One-time codes the subscription page had sent by SMS")
                .register(meters);
        this.confirmed = Counter.builder("canhbao.subscription.confirmed")
                .description("Residents who confirmed their phone and were subscribed")
                .register(meters);
        this.unsubscribed = Counter.builder("canhbao.subscription.unsubscribed")
                .description("Residents who unsubscribed with their link")
                .register(meters);
    }

    void codeSent() {
        codesSent.increment();
    }

    void confirmed() {
        confirmed.increment();
    }

    void unsubscribed() {
        unsubscribed.increment();
    }

    void refused(Refusal reason) {
        Counter.builder("canhbao.subscription.refused")
                .description("Steps of the subscription page refused, by reason")
                .tag("reason", reason.key())
                .register(meters)
                .increment();
    }
}
