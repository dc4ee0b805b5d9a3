package vn.canhbao.gateway.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The leaders within {@code scope}, by id: few per group, read in one query. */
    public List<Recipient> leaders(AudienceScope scope) {
        List<Object> args = new ArrayList<>();
        String where = scope.where("r", args);
        return jdbc.query(
                "select " + COLUMNS + " from recipient r where " + where + " and r.role = 'LEADER' order by r.id",
                RecipientRepository::map,
                args.toArray());
    }

    /**
     * The next page of residents (everyone but the leaders) within {@code scope}, vulnerable or not: at most
     * {@code limit} of them, by id, after {@code after} (null for the first page). A page starts where the last one
     * ended, so each costs the same however far into the ward it is and the whole ward is read once.
     */
    public List<Recipient> residents(AudienceScope scope, boolean vulnerable, UUID after, int limit) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from recipient r where ")
                .append(scope.where("r", args))
                .append(" and r.role = 'RESIDENT' and r.vulnerable = ?");
        args.add(vulnerable);
        if (after != null) {
            sql.append(" and r.id > ?");
            args.add(after);
        }
        // Every column of recipient_ward_page, not just id (the same order, the others being fixed): only then does
        // H2 read the index in order and stop at the limit, as PostgreSQL does either way.
        sql.append(" order by r.ward_code, r.role, r.vulnerable, r.id limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), RecipientRepository::map, args.toArray());
    }

    /**
     * Whether the alerts that bound {@code scope} reached {@code id} (a person, a ward's push topic or a cluster);
     * always true for a scope that no earlier alert bounds.
     */
    public boolean reached(AudienceScope scope, UUID id) {
        if (scope.reachedBy().isEmpty()) {
            return true;
        }
        List<Object> args = new ArrayList<>();
        args.add(id);
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select " + scope.reached("?", args), Boolean.class, args.toArray()));
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
