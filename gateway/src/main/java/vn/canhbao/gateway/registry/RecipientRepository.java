package vn.canhbao.gateway.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.canhbao.core.audience.Recipient;
import vn.canhbao.core.audience.RecipientRole;
import vn.canhbao.core.delivery.Channel;

/** Residents and neighbourhood leaders of the wards, and their groups. */
@Repository
public class RecipientRepository {

    private static final String COLUMNS =
            "id, ward_code, group_id, name, phone, role, vulnerable, language, zalo_user_id, push_token, channels";

    private final JdbcTemplate jdbc;

    RecipientRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone registered in the ward, leaders first. */
    public List<Recipient> ofWard(String wardCode) {
        return jdbc.query(
                "select " + COLUMNS + " from recipient where ward_code = ? order by case role when 'LEADER' then 0"
                        + " else 1 end, vulnerable desc, id",
                RecipientRepository::map,
                wardCode);
    }

    /** The people of some groups of the ward, leaders first. */
    public List<Recipient> ofGroups(String wardCode, Collection<UUID> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", groupIds.stream().map(g -> "?").toList());
        List<Object> args = new ArrayList<>();
        args.add(wardCode);
        args.addAll(groupIds);
        return jdbc.query(
                "select " + COLUMNS + " from recipient where ward_code = ? and group_id in (" + marks + ")"
                        + " order by case role when 'LEADER' then 0 else 1 end, vulnerable desc, id",
                RecipientRepository::map,
                args.toArray());
    }

    /**
     * How many people of the ward (or of some of its groups, when {@code groupIds} is not empty) an alert would reach,
     * and how many of them chose each channel: what an officer confirms before issuing.
     */
    public Audience audience(String wardCode, Collection<UUID> groupIds) {
        String marks = String.join(",", groupIds.stream().map(g -> "?").toList());
        List<Object> args = new ArrayList<>();
        args.add(wardCode);
        args.addAll(groupIds);
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        long[] people = {0};
        jdbc.query(
                "select channels, count(*) from recipient where ward_code = ?"
                        + (groupIds.isEmpty() ? "" : " and group_id in (" + marks + ")")
                        + " group by channels",
                rs -> {
                    long n = rs.getLong(2);
                    people[0] += n;
                    for (String c : rs.getString(1).split(",")) {
                        if (!c.isBlank()) {
                            byChannel.merge(Channel.valueOf(c), n, Long::sum);
                        }
                    }
                },
                args.toArray());
        return new Audience(people[0], byChannel);
    }

    /**
     * The ids of everyone and everything (people, the ward's push topic, loudspeaker clusters) that alerts
     * {@code alertIds} reached or were reaching: an update or a cancel goes to them and to nobody else.
     */
    public Set<UUID> reachedBy(Collection<UUID> alertIds) {
        if (alertIds.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(",", alertIds.stream().map(i -> "?").toList());
        return new HashSet<>(jdbc.queryForList(
                "select distinct recipient_id from dispatch where alert_id in (" + marks + ")"
                        + " and status in ('SENDING', 'ACCEPTED', 'DELIVERED', 'UNDELIVERED')",
                UUID.class,
                alertIds.toArray()));
    }

    public int countInWard(String wardCode) {
        Integer n = jdbc.queryForObject("select count(*) from recipient where ward_code = ?", Integer.class, wardCode);
        return n == null ? 0 : n;
    }

    public void addGroup(UUID id, String wardCode, String name) {
        jdbc.update("insert into neighbourhood_group (id, ward_code, name) values (?, ?, ?)", id, wardCode, name);
    }

    /** Inserts recipients in batches. */
    public void addAll(List<Recipient> recipients) {
        jdbc.batchUpdate(
                "insert into recipient (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                recipients,
                1000,
                (ps, r) -> {
                    ps.setObject(1, r.id());
                    ps.setString(2, r.wardCode());
                    ps.setObject(3, r.groupId());
                    ps.setString(4, r.name());
                    ps.setString(5, r.phone());
                    ps.setString(6, r.role().name());
                    ps.setBoolean(7, r.vulnerable());
                    ps.setString(8, r.language());
                    ps.setString(9, r.zaloUserId());
                    ps.setString(10, r.pushToken());
                    ps.setString(
                            11,
                            String.join(
                                    ",",
                                    r.channels().stream().map(Channel::name).toList()));
                });
    }

    private static Recipient map(ResultSet rs, int row) throws SQLException {
        return new Recipient(
                rs.getObject("id", UUID.class),
                rs.getString("ward_code"),
                rs.getObject("group_id", UUID.class),
                rs.getString("name"),
                rs.getString("phone"),
                RecipientRole.valueOf(rs.getString("role")),
                rs.getBoolean("vulnerable"),
                rs.getString("language"),
                rs.getString("zalo_user_id"),
                rs.getString("push_token"),
                Arrays.stream(rs.getString("channels").split(","))
                        .filter(c -> !c.isBlank())
                        .map(Channel::valueOf)
                        .toList());
    }

    public Optional<Recipient> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from recipient where id = ?", RecipientRepository::map, id).stream()
                .findFirst();
    }

    /** Forgets a push token the provider says is dead (the app was uninstalled or the token rotated). */
    public void retirePushToken(UUID id, String token) {
        jdbc.update("update recipient set push_token = null where id = ? and push_token = ?", id, token);
    }
}
