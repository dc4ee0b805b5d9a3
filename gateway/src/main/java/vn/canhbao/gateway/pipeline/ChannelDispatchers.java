package vn.canhbao.gateway.pipeline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.gateway.messaging.Topics;

/**
 * Two Kafka consumer groups per channel, the urgent lane and the normal lane, each feeding a {@link ChannelDispatcher}.
 * Both lanes of a channel share its adapter's rate limit and concurrency, the urgent lane taking them first. The
 * containers are made from the adapters in service, so adding a channel needs no change here.
 */
@Component
public class ChannelDispatchers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChannelDispatchers.class);

    private final Map<Channel, ConcurrentMessageListenerContainer<String, String>> containers =
            new EnumMap<>(Channel.class);
    private final Map<Channel, ConcurrentMessageListenerContainer<String, String>> urgentContainers =
            new EnumMap<>(Channel.class);
    private final List<ChannelDispatcher> dispatchers = new ArrayList<>();
    private final Map<Channel, ChannelDispatcher> urgentDispatchers = new EnumMap<>(Channel.class);
    private final Map<Channel, ChannelDispatcher> normalDispatchers = new EnumMap<>(Channel.class);
    private final ExecutorService takeovers = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<Channel, ImmediateSender> immediate = new EnumMap<>(Channel.class);
    private volatile boolean running;

    @SuppressWarnings("unchecked")
    ChannelDispatchers(
            ChannelAdapters adapters,
            ConcurrentKafkaListenerContainerFactory<?, ?> factory,
            DispatchRepository dispatchRepository,
            KafkaTemplate<String, String> kafka,
            JsonMapper json,
            PipelineProperties properties,
            DeliveryEventPublisher events,
            Fallback fallback,
            FirstLeaderHandover firstLeaders,
            PipelineMetrics metrics,
            MeterRegistry meters) {
        var typed = (ConcurrentKafkaListenerContainerFactory<String, String>) factory;
        RetryPolicy retry = RetryPolicy.from(properties);
        adapters.all().forEach((channel, adapter) -> {
            var limits = adapter.limits();
            var permits = new LanePermits(limits.maxConcurrency());
            var bucket = new TokenBucket(limits.messagesPerSecond());
            var share = new AccountShare(
                    channel.name(), bucket, Set.of(Topics.dispatch(channel), Topics.urgentDispatch(channel)));
            immediate.put(channel, new ImmediateSender(adapter, bucket, permits, retry, metrics));
            Gauge.builder("canhbao.provider.rate", bucket, TokenBucket::perSecond)
                    .description("Sends per second this replica paces a provider account to: its share of the limit")
                    .tag("channel", channel.name())
                    .register(meters);
            for (boolean urgent : new boolean[] {true, false}) {
                var dispatcher = new ChannelDispatcher(
                        adapter,
                        permits,
                        bucket,
                        urgent,
                        dispatchRepository,
                        kafka,
                        json,
                        retry,
                        properties.fallbackAfterFailures(),
                        events,
                        fallback,
                        firstLeaders,
                        metrics,
                        meters);
                var container =
                        typed.createContainer(urgent ? Topics.urgentDispatch(channel) : Topics.dispatch(channel));
                container.getContainerProperties().setGroupId(groupId(channel, urgent));
                container.getContainerProperties().setConsumerRebalanceListener(share);
                container.getContainerProperties().setMessageListener((BatchMessageListener<String, String>)
                        dispatcher::onBatch);
                container.setConcurrency(Math.max(1, properties.consumersPerLane()));
                if (urgent) {
                    // With virtual threads on, a consumer is one more virtual thread queueing for a few carriers
                    // behind the normal lanes' hundreds of sends; the urgent lane's consumers get threads of their own.
                    container
                            .getContainerProperties()
                            .setListenerTaskExecutor(
                                    new SimpleAsyncTaskExecutor("urgent-consumer-" + lane(channel, true) + "-"));
                }
                container.setBeanName("dispatcher-" + lane(channel, urgent));
                container.setAutoStartup(false);
                dispatchers.add(dispatcher);
                (urgent ? urgentDispatchers : normalDispatchers).put(channel, dispatcher);
                (urgent ? urgentContainers : containers).put(channel, container);
            }
        });
    }

    /** Whether the channel is in service, for {@link #sendNow}. */
    public boolean serves(Channel channel) {
        return immediate.containsKey(channel);
    }

    /**
     * Sends one message at once, for someone who waits on it (a one-time code, a leader's reminder), within the
     * channel's limits and its retry policy for as long as {@code patience} allows: see {@link ImmediateSender}. Empty
     * when the channel is not in service.
     */
    public Optional<SendResult> sendNow(Dispatch dispatch, Duration patience) {
        ImmediateSender sender = immediate.get(dispatch.channel());
        if (sender == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(sender.send(dispatch, patience));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(SendResult.failed(FailureReason.TIMEOUT, "interrupted while waiting to send"));
        }
    }

    /**
     * Sends taken-over dispatches from this process, each in its lane, on threads of their own: claimed again here (so
     * that what another survivor took first is skipped), paced and recorded like a batch from the topic. A channel
     * whose dispatchers are stopped leaves them to the sweeper, which puts them on their topic after
     * {@code stall-timeout}.
     */
    void sendHere(List<QueuedDispatch> taken) {
        Map<ChannelDispatcher, Map<UUID, DispatchMessage>> byLane = new LinkedHashMap<>();
        for (QueuedDispatch q : taken) {
            Channel channel = q.dispatch().channel();
            // A channel no longer in service, or stopped, leaves them to the sweeper.
            if (!running
                    || !containers.containsKey(channel)
                    || !lanes(channel).stream().allMatch(ConcurrentMessageListenerContainer::isRunning)) {
                continue;
            }
            ChannelDispatcher lane = (q.urgent() ? urgentDispatchers : normalDispatchers).get(channel);
            byLane.computeIfAbsent(lane, l -> new LinkedHashMap<>())
                    .put(q.dispatch().id(), DispatchMessage.of(q.dispatch()));
        }
        byLane.forEach((lane, messages) -> takeovers.execute(() -> {
            try {
                lane.dispatch(messages);
            } catch (RuntimeException e) {
                log.warn(
                        "Sending {} taken-over dispatches failed; the sweeper sends them again: {}",
                        messages.size(),
                        e.toString());
            }
        }));
    }

    /** The Kafka consumer group of one lane of a channel. */
    static String groupId(Channel channel, boolean urgent) {
        return "canhbao-dispatcher-" + lane(channel, urgent);
    }

    private static String lane(Channel channel, boolean urgent) {
        return channel.name().toLowerCase(Locale.ROOT) + (urgent ? "-urgent" : "");
    }

    /** Stops one channel's dispatchers (both lanes), finishing the batches in hand. */
    public void stop(Channel channel) {
        lanes(channel).forEach(ConcurrentMessageListenerContainer::stop);
    }

    /** Starts one channel's dispatchers again. */
    public void start(Channel channel) {
        lanes(channel).forEach(ConcurrentMessageListenerContainer::start);
    }

    /** Whether both lanes of a channel have their partitions: after {@link #start(Channel)}, once the group rebalanced. */
    public boolean consuming(Channel channel) {
        return lanes(channel).stream()
                .allMatch(lane -> lane.isRunning()
                        && lane.getAssignedPartitions() != null
                        && !lane.getAssignedPartitions().isEmpty());
    }

    private List<ConcurrentMessageListenerContainer<String, String>> lanes(Channel channel) {
        if (!containers.containsKey(channel)) {
            throw new IllegalArgumentException("No dispatcher for channel " + channel);
        }
        return List.of(urgentContainers.get(channel), containers.get(channel));
    }

    @Override
    public void start() {
        urgentContainers.values().forEach(ConcurrentMessageListenerContainer::start);
        containers.values().forEach(ConcurrentMessageListenerContainer::start);
        running = true;
    }

    @Override
    public void stop() {
        urgentContainers.values().forEach(ConcurrentMessageListenerContainer::stop);
        containers.values().forEach(ConcurrentMessageListenerContainer::stop);
        takeovers.close();
        dispatchers.forEach(ChannelDispatcher::close);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
