package vn.canhbao.gateway.subscription;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;
import vn.canhbao.gateway.pipeline.ChannelDispatchers;

/**
 * Sends one message that belongs to no alert (a subscription code, a Zalo link answer) at once, through the channel's
 * limits and retry policy ({@link ChannelDispatchers#sendNow}), for as long as a person waits on a page: after that
 * they are told to ask again. The channel SPI carries alerts, so such a message is an "alert" of its own, with the
 * message's id.
 */
@Component
class StandaloneMessages {

    private static final Logger log = LoggerFactory.getLogger(StandaloneMessages.class);

    /** How long a person waiting on the page is kept waiting while a failing provider is tried again. */
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ChannelDispatchers dispatchers;

    StandaloneMessages(ChannelDispatchers dispatchers) {
        this.dispatchers = dispatchers;
    }

    boolean available(Channel channel) {
        return dispatchers.serves(channel);
    }

    /**
     * Whether the provider took the message.
     *
     * @param recipient who it is for (a phone, a Zalo user id), from which the dispatch's recipient id is derived
     * @param address the address on the channel ({@code +84…}, {@code uid:…})
     */
    boolean send(UUID id, Channel channel, String recipient, String address, String body, Duration validity) {
        if (!available(channel)) {
            return false;
        }
        Dispatch dispatch = new Dispatch(
                id,
                new AlertId(id),
                UUID.nameUUIDFromBytes(recipient.getBytes(StandardCharsets.UTF_8)),
                channel,
                Tier.EVERYONE,
                address,
                "",
                body,
                0,
                OffsetDateTime.now(ZoneOffset.UTC).plus(validity));
        SendResult result = dispatchers.sendNow(dispatch, PATIENCE).orElseThrow();
        if (result instanceof SendResult.Failed failed) {
            log.warn("{} message {} not sent: {} ({})", channel, id, failed.reason(), failed.detail());
            return false;
        }
        return true;
    }
}
