package vn.canhbao.gateway.pipeline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.messaging.KafkaProperties;
import vn.canhbao.gateway.messaging.Topics;

/**
 * How many dispatch records each lane's dispatchers have yet to read: the end of each dispatch topic less what the
 * lane's consumer group has committed. It is the queue lag of the pipeline ({@code canhbao.dispatch.lag}), and it
 * tells the sweeper a planned dispatch that is only waiting its turn in a long queue from one whose record was lost.
 */
@Component
class LaneBacklog implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LaneBacklog.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;
    private final int partitions;
    private final Map<String, Long> lastRead = new ConcurrentHashMap<>();

    LaneBacklog(KafkaAdmin kafkaAdmin, KafkaProperties kafka, ChannelAdapters adapters, MeterRegistry meters) {
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        this.partitions = kafka.partitions().dispatch();
        for (Channel channel : adapters.channels()) {
            for (boolean urgent : new boolean[] {true, false}) {
                String topic = topic(channel, urgent);
                Gauge.builder("canhbao.dispatch.lag", lastRead, m -> m.getOrDefault(topic, 0L))
                        .description("Dispatch records on a lane's topic that its dispatchers have not yet read,"
                                + " as of the last sweep")
                        .tag("channel", channel.name())
                        .tag("lane", urgent ? "urgent" : "normal")
                        .register(meters);
            }
        }
    }

    /**
     * The channels with records still to be read on either lane. Empty when the broker cannot say, so that the
     * sweeper then treats every overdue dispatch as lost: a second copy on the topic is harmless, a lost one is not.
     */
    Set<Channel> busy(Set<Channel> channels) {
        Set<Channel> busy = EnumSet.noneOf(Channel.class);
        try {
            Map<String, Long> lag = lag(channels);
            lastRead.putAll(lag);
            for (Channel channel : channels) {
                if (lag.getOrDefault(topic(channel, true), 0L) > 0 || lag.getOrDefault(topic(channel, false), 0L) > 0) {
                    busy.add(channel);
                }
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("Cannot read the dispatch lanes' lag ({}); treating every overdue dispatch as lost", e.toString());
            return EnumSet.noneOf(Channel.class);
        }
        return busy;
    }

    private Map<String, Long> lag(Set<Channel> channels) throws Exception {
        Map<String, ListConsumerGroupOffsetsSpec> groups = new HashMap<>();
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        Map<String, String> topicOfGroup = new HashMap<>();
        for (Channel channel : channels) {
            for (boolean urgent : new boolean[] {true, false}) {
                String topic = topic(channel, urgent);
                List<TopicPartition> parts = new ArrayList<>(partitions);
                for (int p = 0; p < partitions; p++) {
                    parts.add(new TopicPartition(topic, p));
                    ends.put(parts.getLast(), OffsetSpec.latest());
                }
                String group = ChannelDispatchers.groupId(channel, urgent);
                groups.put(group, new ListConsumerGroupOffsetsSpec().topicPartitions(parts));
                topicOfGroup.put(group, topic);
            }
        }
        Map<String, Long> lag = new HashMap<>();
        var end = admin.listOffsets(ends).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        end.forEach((tp, info) -> lag.merge(tp.topic(), info.offset(), Long::sum));
        var committed = admin.listConsumerGroupOffsets(groups);
        for (Map.Entry<String, String> e : topicOfGroup.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> offsets =
                    committed.partitionsToOffsetAndMetadata(e.getKey()).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            long read = 0;
            for (OffsetAndMetadata o : offsets.values()) {
                read += o == null ? 0 : o.offset();
            }
            lag.merge(e.getValue(), -read, Long::sum);
        }
        return lag;
    }

    private static String topic(Channel channel, boolean urgent) {
        return urgent ? Topics.urgentDispatch(channel) : Topics.dispatch(channel);
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(2));
    }
}
