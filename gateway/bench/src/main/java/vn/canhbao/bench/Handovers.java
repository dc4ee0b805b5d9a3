package vn.canhbao.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When an alert's dispatches were handed over, read once from the dispatch rows after the fan-out: each row's
 * {@code updated_at} is the moment its outcome was recorded, a little after the provider accepted it.
 *
 * @param firstLeader the first leader's dispatch accepted
 * @param lastLeaderOrLoudspeaker the last leader or loudspeaker dispatch settled (accepted or failed for good)
 * @param last the last dispatch of all settled
 * @param lastUrgentByChannel the last leader or loudspeaker dispatch settled, by channel: which one held the urgent
 *     lane back
 * @param busiestChannel the dispatches of the channel that has the most: with a rate limit per provider account, it
 *     sets the least time the fan-out can take
 */
record Handovers(
        long dispatches,
        long accepted,
        long failed,
        Instant firstLeader,
        Instant lastLeaderOrLoudspeaker,
        Instant last,
        Map<String, Instant> lastUrgentByChannel,
        long busiestChannel) {

    static Handovers of(JdbcTemplate jdbc, UUID alertId) {
        Long busiest = jdbc.queryForObject(
                "select max(n) from (select count(*) as n from dispatch where alert_id = ? group by channel) c",
                Long.class,
                alertId);
        Map<String, Instant> lastUrgent = new TreeMap<>();
        jdbc.query(
                "select channel, max(updated_at) from dispatch where alert_id = ? and tier in ('LEADER', 'LOUDSPEAKER')"
                        + " and status in ('ACCEPTED', 'FAILED') group by channel",
                rs -> {
                    lastUrgent.put(rs.getString(1), instant(rs.getObject(2, OffsetDateTime.class)));
                },
                alertId);
        return jdbc.queryForObject(
                "select count(*),"
                        + " sum(case when status = 'ACCEPTED' then 1 else 0 end),"
                        + " sum(case when status = 'FAILED' then 1 else 0 end),"
                        + " min(case when tier = 'LEADER' and status = 'ACCEPTED' then updated_at end),"
                        + " max(case when tier in ('LEADER', 'LOUDSPEAKER') and status in ('ACCEPTED', 'FAILED')"
                        + " then updated_at end),"
                        + " max(case when status in ('ACCEPTED', 'FAILED') then updated_at end)"
                        + " from dispatch where alert_id = ?",
                (rs, i) -> new Handovers(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        instant(rs.getObject(4, OffsetDateTime.class)),
                        instant(rs.getObject(5, OffsetDateTime.class)),
                        instant(rs.getObject(6, OffsetDateTime.class)),
                        lastUrgent,
                        busiest == null ? 0 : busiest),
                alertId);
    }

    /** Seconds from {@code issued} to {@code at}, or null when it did not happen. */
    static Double seconds(Instant issued, Instant at) {
        return at == null ? null : Duration.between(issued, at).toNanos() / 1e9;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
