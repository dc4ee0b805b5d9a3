package vn.canhbao.gateway.subscription;

import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.canhbao.core.delivery.Channel;

/**
 * The OA's answers to a follower who is linking their phone: a consultation message to the user id, once, straight to
 * the Zalo adapter (the follower just wrote, so the 7-day window is open). An answer that does not go is logged; the
 * follower can write again.
 */
@Component
class ZaloReplies {

    private final StandaloneMessages messages;

    ZaloReplies(StandaloneMessages messages) {
        this.messages = messages;
    }

    void send(String userId, String text) {
        messages.send(UUID.randomUUID(), Channel.ZALO, userId, "uid:" + userId, text, Duration.ofHours(1));
    }
}
