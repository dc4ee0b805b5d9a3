package vn.canhbao.gateway.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * canhbao's own Kafka settings; the client settings are Spring Boot's {@code spring.kafka.*}.
 *
 * @param embedded start an in-process KRaft broker (local mode and tests) instead of connecting to a cluster
 * @param replicationFactor replicas of each topic canhbao creates
 */
@ConfigurationProperties("canhbao.kafka")
public record KafkaProperties(boolean embedded, short replicationFactor, Partitions partitions) {

    /** Partitions per topic: dispatch topics are keyed by recipient, so they take the most. */
    public record Partitions(int bulletins, int alerts, int dispatch, int deliveryEvents) {}
}
