package vn.canhbao.gateway.pipeline;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.core.delivery.Channel;

/** The adapters in service, one per channel. Two adapters for one channel is a configuration error found at start-up. */
public class ChannelAdapters {

    private final Map<Channel, ChannelAdapter> byChannel = new EnumMap<>(Channel.class);

    public ChannelAdapters(List<ChannelAdapter> adapters) {
        for (ChannelAdapter adapter : adapters) {
            ChannelAdapter previous = byChannel.putIfAbsent(adapter.channel(), adapter);
            if (previous != null) {
                throw new IllegalStateException("Two adapters for channel " + adapter.channel() + ": "
                        + previous.getClass().getName() + " and "
                        + adapter.getClass().getName()
                        + ". Enable one of them.");
            }
        }
    }

    public Optional<ChannelAdapter> forChannel(Channel channel) {
        return Optional.ofNullable(byChannel.get(channel));
    }

    /** The channels that can send now. */
    public Set<Channel> channels() {
        return Collections.unmodifiableSet(byChannel.keySet());
    }

    public Map<Channel, ChannelAdapter> all() {
        return Collections.unmodifiableMap(byChannel);
    }
}
