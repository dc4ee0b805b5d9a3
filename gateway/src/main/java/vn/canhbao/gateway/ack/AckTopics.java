package vn.canhbao.gateway.ack;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.canhbao.gateway.messaging.KafkaProperties;

/** The topic of leaders' confirmations: delivery events like the rest, recorded once by {@link AckRecorder}. */
@Configuration(proxyBeanMethods = false)
class AckTopics {

    static final String ACKS = "canhbao.acks";

    @Bean
    NewTopic acksTopic(KafkaProperties kafka) {
        return new NewTopic(ACKS, kafka.partitions().deliveryEvents(), kafka.replicationFactor());
    }
}
