package vn.canhbao.gateway.pipeline;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;

/**
 * Sends dead-lettered dispatches again, once the operator has fixed what failed them (credentials, a quota, a
 * provider outage): their rows go back to {@code PLANNED} with a fresh count of attempts and onto the channel's topic.
 * Dispatches whose alert has expired stay failed: a warning about a danger that is over must not go out.
 */
@Component
public class Redrive {

    private final DispatchRepository dispatches;
    private final DispatchPublisher publisher;
    private final TransactionTemplate tx;

    Redrive(DispatchRepository dispatches, DispatchPublisher publisher, TransactionTemplate tx) {
        this.dispatches = dispatches;
        this.publisher = publisher;
        this.tx = tx;
    }

    /**
     * Redrives the failed dispatches of an alert on a channel, optionally only those failed for {@code reason}.
     *
     * @return how many were sent again
     */
    public int redrive(AlertId alertId, Channel channel, String reason) {
        Integer reset = tx.execute(status -> dispatches.resetFailed(alertId, channel, reason));
        if (reset != null && reset > 0) {
            publisher.publish(dispatches.claimableOf(alertId, channel));
        }
        return reset == null ? 0 : reset;
    }
}
