package vn.canhbao.gateway.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.canhbao.gateway.GatewayIntegrationTest;

/**
 * One relay for all replicas (#17): while another replica holds the relay, this one publishes nothing of the outbox,
 * and when that replica lets go (or dies, and its transaction with it) this one publishes at once. PostgreSQL only,
 * as production and CI run; on H2 one process relays alone.
 */
class OneRelayIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxRelay relay;

    @Autowired
    MeterRegistry meters;

    @Test
    void whileAnotherReplicaRelaysThisOneLeavesTheOutboxToItThenTakesOver() throws Exception {
        assumeTrue(
                jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>)
                        c -> c.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")),
                "PostgreSQL only");
        long id;
        try (Connection otherReplica = dataSource.getConnection()) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement hold = otherReplica.prepareStatement("select pg_advisory_xact_lock(?)")) {
                hold.setLong(1, OutboxRelay.RELAY_LOCK);
                hold.execute();
            }
            var key = new GeneratedKeyHolder();
            jdbc.update(
                    c -> {
                        PreparedStatement insert = c.prepareStatement(
                                "insert into outbox (topic, record_key, payload) values (?, 'relay-test', 'one relay')",
                                new String[] {"id"});
                        insert.setString(1, Topics.BULLETINS_DEAD_LETTER);
                        return insert;
                    },
                    key);
            id = key.getKey().longValue();
            double before = leftToAnother();
            relay.wakeUp();

            // Two rounds left to the other replica: the second began after the record was written.
            awaitUntil("two rounds left to the replica holding the relay", Duration.ofSeconds(20), () -> {
                relay.wakeUp();
                return leftToAnother() >= before + 2;
            });
            assertThat(published(id))
                    .as("published by a replica that does not hold the relay")
                    .isFalse();

            otherReplica.rollback();
        }
        relay.wakeUp();
        awaitUntil("published once the relay is free", Duration.ofSeconds(20), () -> published(id));
    }

    private double leftToAnother() {
        return meters.counter("canhbao.outbox.left_to_another").count();
    }

    private boolean published(long id) {
        return jdbc.queryForObject("select published_at is not null from outbox where id = ?", Boolean.class, id);
    }
}
