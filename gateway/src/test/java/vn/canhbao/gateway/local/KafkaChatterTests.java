package vn.canhbao.gateway.local;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

/** #14, finding 13: local mode's console keeps Kafka's routine lines out, and nothing else. */
class KafkaChatterTests {

    private final KafkaChatter filter = new KafkaChatter();
    private final LoggerContext context = new LoggerContext();

    @Test
    void theBrokersAndClientsRoutineLinesStayOffTheConsole() {
        assertThat(decide("kafka.server.BrokerServer", Level.INFO, "Awaiting socket connections"))
                .isEqualTo(FilterReply.DENY);
        assertThat(decide("org.apache.kafka.clients.consumer.ConsumerConfig", Level.INFO, "ConsumerConfig values"))
                .isEqualTo(FilterReply.DENY);
        assertThat(decide("state.change.logger", Level.INFO, "Leader changed")).isEqualTo(FilterReply.DENY);
        assertThat(decide("org.springframework.kafka.listener.KafkaMessageListenerContainer", Level.INFO, "assigned"))
                .isEqualTo(FilterReply.DENY);
        assertThat(decide(
                        "kafka.server.DefaultAutoTopicCreationManager",
                        Level.WARN,
                        "Auto topic creation failed for __consumer_offsets with error 'TOPIC_ALREADY_EXISTS'"))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void kafkasWarningsAndEveryOtherLineStillShow() {
        assertThat(decide("org.apache.kafka.clients.NetworkClient", Level.WARN, "Connection refused"))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("kafka.server.BrokerServer", Level.ERROR, "Fatal")).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("vn.canhbao.gateway.ingest.BulletinIntake", Level.INFO, "Issued"))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("kafkaesque.Other", Level.INFO, "not Kafka")).isEqualTo(FilterReply.NEUTRAL);
    }

    private FilterReply decide(String logger, Level level, String message) {
        LoggingEvent event = new LoggingEvent();
        event.setLoggerName(logger);
        event.setLoggerContext(context);
        event.setLevel(level);
        event.setMessage(message);
        return filter.decide(event);
    }
}
