package vn.canhbao.gateway.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.canhbao.core.audience.Recipient;
import vn.canhbao.core.audience.RecipientRole;

/** Residents and neighbourhood leaders of the wards, and their groups. */
@Repository
public class RecipientRepository {

    private static final String COLUMNS = "id, ward_code, group_id, name, phone, role, vulnerable, language";

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

    /**
     * The recipients that alerts {@code alertIds} reached or were reaching (claimed or handed over): an update or a
     * cancel goes to them and to nobody else.
     */
    public List<Recipient> reachedBy(Collection<UUID> alertIds) {
        if (alertIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", alertIds.stream().map(i -> "?").toList());
        return jdbc.query(
                "select " + COLUMNS
                        + " from recipient where id in (select recipient_id from dispatch where alert_id in ("
                        + marks + ") and status in ('SENDING', 'ACCEPTED', 'DELIVERED', 'UNDELIVERED'))"
                        + " order by case role when 'LEADER' then 0 else 1 end, vulnerable desc, id",
                RecipientRepository::map,
                alertIds.toArray());
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
                "insert into recipient (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
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
                rs.getString("language"));
    }
}
