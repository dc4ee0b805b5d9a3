package vn.canhbao.gateway.registry;

import java.util.Map;
import vn.canhbao.core.delivery.Channel;

/** How many people an alert would reach, and how many of them on each personal channel they chose. */
public record Audience(long people, Map<Channel, Long> byChannel) {

    public Audience {
        byChannel = Map.copyOf(byChannel);
    }

    public long on(Channel channel) {
        return byChannel.getOrDefault(channel, 0L);
    }

    /** By the channel's name, for templates. */
    public long on(String channel) {
        return on(Channel.valueOf(channel));
    }
}
