package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Two replicas keep a provider account's limit together (#17): each paces to the share of the channel's dispatch
 * partitions it holds, and a replica that takes over a dead one's partitions takes over its share of the limit.
 */
class AccountShareTests {

    private static final String NORMAL = "canhbao.dispatch.sms";
    private static final String URGENT = "canhbao.dispatch.sms.urgent";

    @Test
    void twoReplicasHoldingHalfThePartitionsEachPaceToHalfTheAccountAndTheSurvivorToAllOfIt() {
        TokenBucket first = new TokenBucket(400);
        TokenBucket second = new TokenBucket(400);
        AccountShare firstShare = new AccountShare("SMS", first, Set.of(NORMAL, URGENT));
        AccountShare secondShare = new AccountShare("SMS", second, Set.of(NORMAL, URGENT));
        Consumer<?, ?> consumer = consumerSeeing(4);

        firstShare.onPartitionsAssigned(consumer, partitions(0, 1));
        secondShare.onPartitionsAssigned(consumer, partitions(2, 3));

        assertThat(first.perSecond() + second.perSecond()).isEqualTo(400.0);
        assertThat(first.perSecond()).isEqualTo(200.0);

        // The second replica dies: the group gives its partitions to the first.
        firstShare.onPartitionsAssigned(consumer, partitions(2, 3));

        assertThat(first.perSecond()).isEqualTo(400.0);
    }

    @Test
    void aReplicaBetweenAssignmentsKeepsAFloorAndOneThatKnowsNoPartitionUsesTheWholeAccount() {
        TokenBucket bucket = new TokenBucket(400);
        AccountShare share = new AccountShare("SMS", bucket, Set.of(NORMAL, URGENT));
        assertThat(share.share()).as("before any assignment: alone").isEqualTo(1.0);

        share.onPartitionsAssigned(consumerSeeing(4), partitions(0, 1, 2, 3));
        assertThat(bucket.perSecond()).isEqualTo(400.0);

        share.onPartitionsRevokedAfterCommit(consumerSeeing(4), partitions(0, 1, 2, 3));
        assertThat(bucket.perSecond()).isEqualTo(400 * AccountShare.FLOOR);
    }

    /** The partitions of both lanes' topics numbered {@code ids}. */
    private static List<TopicPartition> partitions(int... ids) {
        return IntStream.of(ids)
                .boxed()
                .flatMap(i -> java.util.stream.Stream.of(new TopicPartition(NORMAL, i), new TopicPartition(URGENT, i)))
                .toList();
    }

    private static Consumer<?, ?> consumerSeeing(int partitionsPerTopic) {
        @SuppressWarnings("unchecked")
        Consumer<String, String> consumer = mock(Consumer.class);
        for (String topic : List.of(NORMAL, URGENT)) {
            when(consumer.partitionsFor(topic))
                    .thenReturn(IntStream.range(0, partitionsPerTopic)
                            .mapToObj(i -> new PartitionInfo(topic, i, null, null, null))
                            .toList());
        }
        return consumer;
    }
}
