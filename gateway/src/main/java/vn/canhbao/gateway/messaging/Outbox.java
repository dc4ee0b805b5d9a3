package vn.canhbao.gateway.messaging;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox. A record added here is stored in the caller's transaction, together with the state it
 * announces, and reaches Kafka afterwards through the {@link OutboxRelay}: a broker outage delays it and loses nothing.
 */
@Component
public class Outbox {

    /** One record for a topic. */
    public record Entry(String topic, String key, String payload) {}

    private final JdbcTemplate jdbc;
    private final OutboxRelay relay;

    Outbox(JdbcTemplate jdbc, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.relay = relay;
    }

    /** Adds records in the current transaction; the relay is woken when it commits. */
    public void add(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "insert into outbox (topic, record_key, payload) values (?, ?, ?)",
                entries,
                entries.size(),
                (ps, e) -> {
                    ps.setString(1, e.topic());
                    ps.setString(2, e.key());
                    ps.setString(3, e.payload());
                });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.wakeUp();
                }
            });
        } else {
            relay.wakeUp();
        }
    }

    public void add(Entry entry) {
        add(List.of(entry));
    }
}
