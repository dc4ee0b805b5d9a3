package vn.canhbao.gateway.local;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;

/**
 * Keeps the in-process Kafka broker's and the Kafka clients' routine lines off local mode's console (#14, finding 13):
 * about 1,650 INFO lines in the first 20 seconds (partition leadership, group joins, client configs) scrolled the
 * start banner away. Their warnings and errors still show, but for one: while a dozen consumer groups start at once,
 * the broker warns, once per group, that {@code __consumer_offsets} already exists — a race it resolves itself.
 * Everything stays in {@code ./data/canhbao.log}. Used by {@code logback-spring.xml} for the {@code local} profile.
 */
public final class KafkaChatter extends Filter<ILoggingEvent> {

    /** The broker (Scala {@code kafka.*}, {@code state.change.logger}), the clients, and Spring's listener containers. */
    private static final List<String> KAFKA =
            List.of("kafka.", "org.apache.kafka.", "state.change.logger", "org.springframework.kafka.");

    private static final String TOPIC_CREATION = "kafka.server.DefaultAutoTopicCreationManager";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        if (event.getLevel() == Level.WARN
                && event.getLoggerName().equals(TOPIC_CREATION)
                && String.valueOf(event.getFormattedMessage()).contains("TOPIC_ALREADY_EXISTS")) {
            return FilterReply.DENY;
        }
        if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
            return FilterReply.NEUTRAL;
        }
        String logger = event.getLoggerName();
        for (String prefix : KAFKA) {
            if (logger.startsWith(prefix) || logger.equals(prefix)) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }
}
