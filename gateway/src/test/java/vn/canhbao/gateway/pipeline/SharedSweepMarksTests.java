package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.MigratedDatabase;

/** Two replicas' sweepers share their marks (#17): one reads on from where the other stopped, on the real schema. */
class SharedSweepMarksTests {

    private static final Duration FULL_EVERY = Duration.ofMinutes(2);
    private static final SweepMarks.Range RETRIES_BY_SMS = new SweepMarks.Range("RETRY_WAIT", Channel.SMS);

    private JdbcTemplate jdbc;

    @BeforeEach
    void freshDatabase() {
        DataSource db = MigratedDatabase.fresh();
        jdbc = new JdbcTemplate(db);
    }

    @Test
    void aReplicaReadsOnFromWhereAnotherStopped() {
        Instant t0 = Instant.parse("2026-12-04T02:00:00Z");
        SweepMarks a = new SweepMarks(FULL_EVERY, jdbc);
        SweepMarks b = new SweepMarks(FULL_EVERY, jdbc);
        a.load();
        assertThat(a.from(RETRIES_BY_SMS, t0))
                .as("nothing read yet: from the start")
                .isNull();
        a.read(RETRIES_BY_SMS, null, t0, t0);
        a.save();

        b.load();
        assertThat(b.from(RETRIES_BY_SMS, t0.plusSeconds(5)))
                .as("b reads on from a's mark, less the margin for late commits")
                .isEqualTo(t0.minus(SweepMarks.MARGIN));

        b.read(RETRIES_BY_SMS, t0.minus(SweepMarks.MARGIN), t0.plusSeconds(5), t0.plusSeconds(5));
        b.save();
        a.load();
        assertThat(a.from(RETRIES_BY_SMS, t0.plusSeconds(10)))
                .isEqualTo(t0.plusSeconds(5).minus(SweepMarks.MARGIN));
    }

    @Test
    void theReadFromTheStartIsSharedToo() {
        Instant t0 = Instant.parse("2026-12-04T02:00:00Z");
        SweepMarks a = new SweepMarks(FULL_EVERY, jdbc);
        a.read(RETRIES_BY_SMS, null, t0, t0);
        a.save();
        SweepMarks b = new SweepMarks(FULL_EVERY, jdbc);
        b.load();

        assertThat(b.from(RETRIES_BY_SMS, t0.plus(1, ChronoUnit.MINUTES)))
                .as("a read from the start a minute ago: b need not")
                .isNotNull();
        assertThat(b.from(RETRIES_BY_SMS, t0.plus(FULL_EVERY)))
                .as("a full interval on: from the start")
                .isNull();
    }

    @Test
    void twoReplicasSavingTheirFirstMarksTogetherBothSucceed() {
        Instant t0 = Instant.parse("2026-12-04T02:00:00Z");
        SweepMarks a = new SweepMarks(FULL_EVERY, jdbc);
        SweepMarks b = new SweepMarks(FULL_EVERY, jdbc);
        a.read(RETRIES_BY_SMS, null, t0, t0);
        b.read(RETRIES_BY_SMS, null, t0.plusSeconds(1), t0.plusSeconds(1));
        a.save();
        b.save();

        assertThat(jdbc.queryForObject("select count(*) from sweep_mark", Integer.class))
                .isEqualTo(1);
    }
}
