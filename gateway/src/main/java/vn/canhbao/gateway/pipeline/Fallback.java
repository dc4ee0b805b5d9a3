package vn.canhbao.gateway.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.core.audience.Recipient;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.DispatchKey;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.registry.RecipientRepository;

/**
 * When a person's channel fails for good, because of their address (a dead app token, an unknown Zalo user, an invalid
 * or opted-out number) or because the channel itself is down for an operator to mend (credentials, quota), the warning
 * goes to the next channel in their list that has not carried it yet, then to any other channel they can be reached
 * on. A dead app token is also retired. When a provider keeps failing for a while, the next channel carries the warning
 * as well, while the failing one is retried (#15): a resident who chose SMS is not left waiting on an outage.
 */
@Component
class Fallback {

    private static final Logger log = LoggerFactory.getLogger(Fallback.class);
    private static final Set<FailureReason> ADDRESS_FAILURES =
            Set.of(FailureReason.INVALID_ADDRESS, FailureReason.OPTED_OUT);
    private static final List<Channel> PERSONAL = List.of(Channel.SMS, Channel.ZALO, Channel.PUSH);

    private final RecipientRepository recipients;
    private final DispatchRepository dispatches;
    private final AlertRepository alerts;
    private final DispatchPublisher publisher;
    private final ChannelAdapters adapters;

    Fallback(
            RecipientRepository recipients,
            DispatchRepository dispatches,
            AlertRepository alerts,
            DispatchPublisher publisher,
            ChannelAdapters adapters) {
        this.recipients = recipients;
        this.dispatches = dispatches;
        this.alerts = alerts;
        this.publisher = publisher;
        this.adapters = adapters;
    }

    /** Whether a failure for good for this reason calls for another channel. */
    static boolean appliesTo(FailureReason reason) {
        return ADDRESS_FAILURES.contains(reason) || reason.needsOperator();
    }

    /** Plans and sends the next channel for the person {@code failed} was for; nothing for topics and clusters. */
    void after(Dispatch failed, FailureReason reason) {
        Optional<Recipient> person = recipients.find(failed.recipientId());
        if (person.isEmpty()) {
            return;
        }
        Recipient r = person.get();
        if (failed.channel() == Channel.PUSH && reason == FailureReason.INVALID_ADDRESS) {
            recipients.retirePushToken(
                    r.id(), failed.address().substring(failed.address().indexOf(':') + 1));
        }
        if (!next(r, failed, reason)) {
            log.warn("Dispatch {} failed ({}) and recipient {} has no other channel", failed.id(), reason, r.id());
        }
    }

    /** Plans the next channel as well for the person {@code failing} is for, while {@code failing} is retried. */
    void alongside(Dispatch failing, FailureReason reason) {
        // Most people have every channel they can be reached on planned already: nothing more to say for them.
        recipients.find(failing.recipientId()).ifPresent(r -> next(r, failing, reason));
    }

    /** Plans the first channel of the person's that has not carried the warning; whether there was one. */
    private boolean next(Recipient r, Dispatch failed, FailureReason reason) {
        Set<Channel> used = dispatches.channelsOf(failed.alertId(), r.id());
        for (Channel next : order(r, failed.channel())) {
            if (used.contains(next) || !adapters.channels().contains(next)) {
                continue;
            }
            Optional<String> address = AudiencePlanner.address(r, next);
            var message = alerts.message(failed.alertId(), next);
            if (address.isEmpty() || message.isEmpty()) {
                continue;
            }
            Dispatch dispatch = new Dispatch(
                    new DispatchKey(failed.alertId(), r.id(), next).dispatchId(),
                    failed.alertId(),
                    r.id(),
                    next,
                    failed.tier(),
                    address.get(),
                    message.get().title(),
                    message.get().body(),
                    0,
                    failed.expires());
            // The warning is already late for this person: it goes in the urgent lane.
            QueuedDispatch queued = new QueuedDispatch(dispatch, true);
            dispatches.insertPlanned(List.of(queued));
            publisher.publish(List.of(queued));
            log.info("Dispatch {} failed ({}); falling back to {} for recipient {}", failed.id(), reason, next, r.id());
            return true;
        }
        return false;
    }

    /** The person's channels after {@code failed}, then the personal channels they did not choose. */
    static List<Channel> order(Recipient r, Channel failed) {
        List<Channel> order = new ArrayList<>();
        int at = r.channels().indexOf(failed);
        order.addAll(r.channels().subList(at + 1, r.channels().size()));
        PERSONAL.stream().filter(c -> !r.channels().contains(c) && c != failed).forEach(order::add);
        return order;
    }
}
