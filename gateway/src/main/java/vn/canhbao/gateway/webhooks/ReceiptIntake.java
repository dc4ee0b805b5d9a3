package vn.canhbao.gateway.webhooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.canhbao.channels.DeliveryReceipt;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.DeliveryEvent;
import vn.canhbao.core.delivery.DeliveryStatus;
import vn.canhbao.gateway.pipeline.DeliveryEventPublisher;
import vn.canhbao.gateway.pipeline.DispatchReceipts;

/**
 * Turns providers' verified receipts into delivery events: finds the dispatch each names (by our id when the
 * provider echoes it, otherwise by the provider's message id) and puts the event on Kafka for the tracker. A receipt
 * for a message canhbao does not know is counted and dropped.
 */
@Component
class ReceiptIntake {

    private static final Logger log = LoggerFactory.getLogger(ReceiptIntake.class);

    private final DispatchReceipts dispatches;
    private final DeliveryEventPublisher events;
    private final MeterRegistry meters;

    ReceiptIntake(DispatchReceipts dispatches, DeliveryEventPublisher events, MeterRegistry meters) {
        this.dispatches = dispatches;
        this.events = events;
        this.meters = meters;
    }

    /**
     * Records the receipts that say how a message ended (delivered, undelivered, failed). A provider's word that it is
     * on its way ({@code ACCEPTED}: queued, sending, playing) is counted, and it hands over a dispatch of ours that
     * canhbao had not recorded as handed over (its process died after the send, or the answer was lost), so that it is
     * not sent a second time (#15). A receipt counts only for a dispatch of {@code channel}: one naming a dispatch of
     * another channel, or none, is logged, counted as {@code UNKNOWN_MESSAGE} and dropped.
     *
     * @return how many of the receipts named no dispatch canhbao sent on {@code channel}
     */
    int record(Channel channel, List<DeliveryReceipt> receipts) {
        List<DeliveryEvent> found = new ArrayList<>(receipts.size());
        int unknown = 0;
        for (DeliveryReceipt r : receipts) {
            var handed = dispatches
                    .findHanded(channel, r.providerMessageId(), r.dispatchId())
                    .filter(h -> h.channel() == channel);
            if (handed.isEmpty()) {
                count(channel, "UNKNOWN_MESSAGE");
                log.warn(
                        "{} receipt for unknown message {} (dispatch {})",
                        channel,
                        r.providerMessageId(),
                        r.dispatchId());
                unknown++;
                continue;
            }
            count(channel, r.status().name());
            if (r.status() == DeliveryStatus.ACCEPTED) {
                if (r.dispatchId() != null
                        && dispatches.recordReceipt(r.dispatchId(), r.status(), r.providerMessageId(), r.at())) {
                    log.info("{} dispatch {} was handed over before its sender recorded it", channel, r.dispatchId());
                    found.add(new DeliveryEvent(
                            handed.get().dispatchId(),
                            handed.get().alertId(),
                            channel,
                            DeliveryStatus.ACCEPTED,
                            r.providerMessageId(),
                            null,
                            r.providerCode(),
                            r.at()));
                }
                continue;
            }
            // A provider's "failed" after it accepted the message means it never reached the person.
            DeliveryStatus status = r.status() == DeliveryStatus.FAILED ? DeliveryStatus.UNDELIVERED : r.status();
            found.add(new DeliveryEvent(
                    handed.get().dispatchId(),
                    handed.get().alertId(),
                    channel,
                    status,
                    r.providerMessageId(),
                    null,
                    r.providerCode(),
                    r.at()));
        }
        events.publish(found);
        return unknown;
    }

    /** Counts a callback refused for want of its secret or signature, as {@code UNAUTHENTICATED}. */
    void refused(Channel channel) {
        count(channel, "UNAUTHENTICATED");
    }

    private void count(Channel channel, String status) {
        Counter.builder("canhbao.webhooks.receipts")
                .description("Provider receipts received, by channel and status")
                .tag("channel", channel.name())
                .tag("status", status)
                .register(meters)
                .increment();
    }
}
