package vn.canhbao.gateway.pipeline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Tier;

/**
 * The dispatch rows of an alert, grouped by the planner's writes: one {@code insertPlanned} gives all its rows one
 * {@code created_at}, so rows that share it were written together, and their order is the order of the writes.
 */
final class PlannedRows {

    /** One dispatch row as the planner wrote it. */
    record Row(UUID recipientId, Channel channel, Tier tier, boolean urgent, Instant createdAt) {}

    private PlannedRows() {}

    static List<List<Row>> writes(JdbcTemplate jdbc, AlertId id) {
        List<Row> rows = jdbc.query(
                "select recipient_id, channel, tier, urgent, created_at from dispatch where alert_id = ?"
                        + " order by created_at, recipient_id, channel",
                (rs, i) -> new Row(
                        rs.getObject(1, UUID.class),
                        Channel.valueOf(rs.getString(2)),
                        Tier.valueOf(rs.getString(3)),
                        rs.getBoolean(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()),
                id.value());
        Map<Instant, List<Row>> byWrite =
                rows.stream().collect(Collectors.groupingBy(Row::createdAt, LinkedHashMap::new, Collectors.toList()));
        return List.copyOf(byWrite.values());
    }

    /** How many people (or topics, or clusters) each write reached. */
    static List<Long> people(List<List<Row>> writes) {
        return writes.stream()
                .map(w -> w.stream().map(Row::recipientId).distinct().count())
                .toList();
    }

    /** Whom the rows reach, each once. */
    static List<UUID> ids(List<Row> rows) {
        return rows.stream().map(Row::recipientId).distinct().toList();
    }
}
