package vn.canhbao.gateway.pipeline;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * This replica's share of a provider account's rate limit (#17): the share of the channel's dispatch partitions (both
 * lanes) its consumers hold. Records are keyed by recipient and spread evenly over the partitions, so a replica holding
 * half of them has about half the work, and together the replicas keep the account's limit, however many there are.
 * It follows every rebalance: when a replica dies its partitions, and its share of the limit, go to the others.
 * Chosen over a token budget in the database, which would cost a write every few hundred sends per replica.
 */
final class AccountShare implements ConsumerAwareRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(AccountShare.class);
    /** A replica between two assignments still sends what it has in hand, slowly. */
    static final double FLOOR = 0.01;

    private final String channel;
    private final TokenBucket bucket;
    private final Map<TopicPartition, Boolean> held = new ConcurrentHashMap<>();
    private final Map<String, Integer> partitions = new ConcurrentHashMap<>();

    AccountShare(String channel, TokenBucket bucket, Set<String> topics) {
        this.channel = channel;
        this.bucket = bucket;
        topics.forEach(t -> partitions.put(t, 0));
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> assigned) {
        for (TopicPartition p : assigned) {
            held.put(p, Boolean.TRUE);
            partitions.compute(
                    p.topic(), (topic, known) -> known != null && known > 0 ? known : count(consumer, topic));
        }
        update();
    }

    @Override
    public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> revoked) {
        revoked.forEach(held::remove);
        update();
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> lost) {
        lost.forEach(held::remove);
        update();
    }

    /** The share held now: partitions held over all the channel's dispatch partitions (1 before any is known). */
    double share() {
        int all = partitions.values().stream().mapToInt(Integer::intValue).sum();
        if (all == 0) {
            return 1;
        }
        return Math.max(FLOOR, Math.min(1, (double) held.size() / all));
    }

    private void update() {
        double share = share();
        bucket.share(share);
        log.info("{}: this replica holds {} of the account's rate ({}/s)", channel, share, bucket.perSecond());
    }

    private static int count(Consumer<?, ?> consumer, String topic) {
        var infos = consumer.partitionsFor(topic);
        return infos == null
                ? 0
                : (int) infos.stream().map(PartitionInfo::partition).count();
    }
}
