package vn.canhbao.gateway.local;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * An in-process Kafka broker in KRaft mode, for local mode and the tests: a real broker, not a stand-in. It listens on
 * a random port (spring-kafka's embedded broker ignores a fixed one), which reaches the clients through
 * {@link KafkaConnectionDetails}; every Kafka client bean depends on it, so the broker is up before any of them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "canhbao.kafka.embedded", havingValue = "true")
class LocalKafkaBroker {

    private static final Logger log = LoggerFactory.getLogger(LocalKafkaBroker.class);

    @Bean(destroyMethod = "destroy")
    EmbeddedKafkaBroker embeddedKafkaBroker() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperty("auto.create.topics.enable", "false");
        broker.afterPropertiesSet();
        log.info("In-process Kafka broker (KRaft) listening on {}", broker.getBrokersAsString());
        return broker;
    }

    @Bean
    KafkaConnectionDetails kafkaConnectionDetails(EmbeddedKafkaBroker broker) {
        return () -> Arrays.asList(broker.getBrokersAsString().split(","));
    }
}
