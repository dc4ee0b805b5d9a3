package vn.canhbao.gateway.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.core.delivery.Channel;

/**
 * One Kafka consumer group per channel, each feeding its {@link ChannelDispatcher}. The containers are made from the
 * adapters in service, so adding a channel needs no change here.
 */
@Component
public class ChannelDispatchers implements SmartLifecycle {

    private final Map<Channel, ConcurrentMessageListenerContainer<String, String>> containers =
            new EnumMap<>(Channel.class);
    private final Map<Channel, ChannelDispatcher> dispatchers = new EnumMap<>(Channel.class);
    private volatile boolean running;

    @SuppressWarnings("unchecked")
    ChannelDispatchers(
            ChannelAdapters adapters,
            ConcurrentKafkaListenerContainerFactory<?, ?> factory,
            DispatchRepository dispatchRepository,
            KafkaTemplate<String, String> kafka,
            JsonMapper json,
            PipelineProperties properties,
            PipelineMetrics metrics,
            MeterRegistry meters) {
        var typed = (ConcurrentKafkaListenerContainerFactory<String, String>) factory;
        RetryPolicy retry = RetryPolicy.from(properties);
        adapters.all().forEach((channel, adapter) -> {
            var dispatcher = new ChannelDispatcher(adapter, dispatchRepository, kafka, json, retry, metrics, meters);
            var container = typed.createContainer(channel.dispatchTopic());
            container
                    .getContainerProperties()
                    .setGroupId("canhbao-dispatcher-" + channel.name().toLowerCase());
            container.getContainerProperties().setMessageListener((BatchMessageListener<String, String>)
                    dispatcher::onBatch);
            container.setBeanName("dispatcher-" + channel.name().toLowerCase());
            container.setAutoStartup(false);
            dispatchers.put(channel, dispatcher);
            containers.put(channel, container);
        });
    }

    /** The consumer of one channel's topic; operators and tests stop and start it. */
    public ConcurrentMessageListenerContainer<String, String> container(Channel channel) {
        var container = containers.get(channel);
        if (container == null) {
            throw new IllegalArgumentException("No dispatcher for channel " + channel);
        }
        return container;
    }

    @Override
    public void start() {
        containers.values().forEach(ConcurrentMessageListenerContainer::start);
        running = true;
    }

    @Override
    public void stop() {
        containers.values().forEach(ConcurrentMessageListenerContainer::stop);
        dispatchers.values().forEach(ChannelDispatcher::close);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
