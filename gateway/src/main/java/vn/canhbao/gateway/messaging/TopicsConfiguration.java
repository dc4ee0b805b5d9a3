package vn.canhbao.gateway.messaging;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import vn.canhbao.core.delivery.Channel;

/** Creates the pipeline's topics when they are missing; an operator may also create them beforehand. */
@Configuration(proxyBeanMethods = false)
class TopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics pipelineTopics(KafkaProperties kafka) {
        short rf = kafka.replicationFactor();
        var p = kafka.partitions();
        List<NewTopic> topics = new ArrayList<>();
        topics.add(new NewTopic(Topics.BULLETINS, p.bulletins(), rf));
        topics.add(new NewTopic(Topics.BULLETINS_DEAD_LETTER, 1, rf));
        topics.add(new NewTopic(Topics.ALERTS, p.alerts(), rf));
        topics.add(new NewTopic(Topics.DELIVERY_EVENTS, p.deliveryEvents(), rf));
        topics.add(new NewTopic(Topics.ZALO_EVENTS, p.deliveryEvents(), rf));
        for (Channel channel : Channel.values()) {
            topics.add(new NewTopic(Topics.dispatch(channel), p.dispatch(), rf));
            topics.add(new NewTopic(Topics.urgentDispatch(channel), p.dispatch(), rf));
            topics.add(new NewTopic(Topics.deadLetter(channel), 1, rf));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
