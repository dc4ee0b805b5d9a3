package vn.canhbao.gateway.subscription;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.audience.Tier;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.gateway.pipeline.ChannelAdapters;

/**
 * The OA's answers to a follower who is linking their phone: a consultation message to the user id, once, straight to
 * the Zalo adapter (the follower just wrote, so the 7-day window is open). An answer that does not go is logged; the
 * follower can write again.
 */
@Component
class ZaloReplies {

    private static final Logger log = LoggerFactory.getLogger(ZaloReplies.class);

    private final ChannelAdapters adapters;

    ZaloReplies(ChannelAdapters adapters) {
        this.adapters = adapters;
    }

    void send(String userId, String text) {
        Optional<ChannelAdapter> zalo = adapters.forChannel(Channel.ZALO);
        if (zalo.isEmpty()) {
            return;
        }
        UUID id = UUID.randomUUID();
        // The channel SPI carries alerts; an answer is an "alert" of its own, with the answer's id.
        Dispatch dispatch = new Dispatch(
                id,
                new AlertId(id),
                UUID.nameUUIDFromBytes(userId.getBytes(StandardCharsets.UTF_8)),
                Channel.ZALO,
                Tier.EVERYONE,
                "uid:" + userId,
                "",
                text,
                0,
                OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
        SendResult result = zalo.get().send(dispatch);
        if (result instanceof SendResult.Failed failed) {
            log.warn("Zalo answer to {} not sent: {} ({})", userId, failed.reason(), failed.detail());
        }
    }
}
