package vn.canhbao.gateway.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.canhbao.core.delivery.Channel;

/** Sums a ward's alerts over a period of days, in Vietnam's time. */
@Component
public class WardReports {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcTemplate jdbc;

    WardReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public WardReport of(String ward, LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from.atStartOfDay(VIETNAM).toInstant());
        Timestamp end = Timestamp.from(to.atStartOfDay(VIETNAM).toInstant());
        String issued = " from alert a where a.ward_code = ? and a.issued_at >= ? and a.issued_at < ?"
                + " and a.state <> 'DRAFT'";
        Map<String, Integer> byHazard = new TreeMap<>();
        Map<Integer, Integer> byLevel = new TreeMap<>();
        int[] counts = new int[3];
        jdbc.query(
                "select a.hazard, a.risk_level, a.status, a.msg_type" + issued,
                rs -> {
                    if ("CANCEL".equals(rs.getString(4))) {
                        counts[2]++;
                    } else if (!"ACTUAL".equals(rs.getString(3))) {
                        counts[1]++;
                    } else if ("ALERT".equals(rs.getString(4))) {
                        counts[0]++;
                        byHazard.merge(rs.getString(1), 1, Integer::sum);
                        Integer level = (Integer) rs.getObject(2);
                        if (level != null) {
                            byLevel.merge(level, 1, Integer::sum);
                        }
                    }
                },
                ward,
                start,
                end);
        String real = issued + " and a.status = 'ACTUAL'";
        long[] delivery = new long[2];
        Map<String, WardReport.ChannelDelivery> byChannel = new TreeMap<>();
        for (Channel channel : Channel.values()) {
            byChannel.put(channel.name(), new WardReport.ChannelDelivery(0, 0));
        }
        jdbc.query(
                "select d.channel, count(*),"
                        + " sum(case when d.status in ('ACCEPTED', 'DELIVERED', 'UNDELIVERED') then 1 else 0 end)"
                        + " from dispatch d where d.alert_id in (select a.id" + real + ") group by d.channel",
                rs -> {
                    delivery[0] += rs.getLong(2);
                    delivery[1] += rs.getLong(3);
                    byChannel.put(rs.getString(1), new WardReport.ChannelDelivery(rs.getLong(2), rs.getLong(3)));
                },
                ward,
                start,
                end);
        int[] groups = new int[3];
        jdbc.query(
                "select w.stage, count(*) from group_watch w where w.alert_id in (select a.id" + real + ")"
                        + " group by w.stage",
                rs -> {
                    int n = rs.getInt(2);
                    groups[0] += n;
                    if ("CONFIRMED".equals(rs.getString(1))) {
                        groups[1] += n;
                    } else if ("UNREACHED".equals(rs.getString(1))) {
                        groups[2] += n;
                    }
                },
                ward,
                start,
                end);
        List<Long> seconds = new ArrayList<>();
        jdbc.query(
                "select k.at, a.issued_at from acknowledgement k join alert a on a.id = k.alert_id"
                        + " where k.alert_id in (select a.id" + real + ")",
                rs -> {
                    seconds.add(
                            (rs.getTimestamp(1).getTime() - rs.getTimestamp(2).getTime()) / 1000);
                },
                ward,
                start,
                end);
        return new WardReport(
                ward,
                from,
                to,
                counts[0],
                counts[1],
                counts[2],
                byHazard,
                byLevel,
                delivery[0],
                delivery[1],
                delivery[0] == 0 ? null : (double) delivery[1] / delivery[0],
                groups[0],
                groups[1],
                groups[2],
                groups[0] == 0 ? null : (double) groups[1] / groups[0],
                median(seconds),
                byChannel);
    }

    static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
