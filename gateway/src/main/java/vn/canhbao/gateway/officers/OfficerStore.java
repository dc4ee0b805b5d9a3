package vn.canhbao.gateway.officers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The officers as administrators list and change them. Passwords and roles are written by the security package's
 * {@code OfficerRepository}, which hashes; nothing here reads a hash.
 */
@Repository
class OfficerStore {

    private static final String OFFICERS = "select username, display_name, enabled, created_at from officer";
    private static final String GRANTS = "select username, role, ward_code, province_code from officer_role";
    private static final String GRANT_ORDER = " order by role, ward_code, province_code";

    private final JdbcTemplate jdbc;

    OfficerStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every officer, by username. */
    List<OfficerView> all() {
        Map<String, List<Grant>> grants = new LinkedHashMap<>();
        jdbc.query(GRANTS + GRANT_ORDER, rs -> {
            grants.computeIfAbsent(rs.getString(1), u -> new ArrayList<>())
                    .add(new Grant(rs.getString(2), rs.getString(3), rs.getString(4)));
        });
        return jdbc.query(
                OFFICERS + " order by username",
                (rs, i) -> new OfficerView(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getBoolean(3),
                        grants.getOrDefault(rs.getString(1), List.of()),
                        rs.getTimestamp(4).toInstant()));
    }

    Optional<OfficerView> find(String username) {
        List<Grant> grants = jdbc.query(
                GRANTS + " where username = ?" + GRANT_ORDER,
                (rs, i) -> new Grant(rs.getString(2), rs.getString(3), rs.getString(4)),
                username);
        return jdbc
                .query(
                        OFFICERS + " where username = ?",
                        (rs, i) -> new OfficerView(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getBoolean(3),
                                grants,
                                rs.getTimestamp(4).toInstant()),
                        username)
                .stream()
                .findFirst();
    }

    /**
     * Locks every officer's row until the transaction ends, in one order, so that two administrators' changes to who
     * administers follow one another: the second sees the first's, and neither can leave canhbao without an enabled
     * administrator by each disabling the other at once.
     */
    void lockAll() {
        jdbc.queryForList("select username from officer order by username for update", String.class);
    }

    /** How many enabled officers hold ADMIN. */
    int enabledAdministrators() {
        Integer n = jdbc.queryForObject(
                "select count(*) from officer o where o.enabled"
                        + " and exists (select 1 from officer_role r where r.username = o.username and r.role = 'ADMIN')",
                Integer.class);
        return n == null ? 0 : n;
    }

    void setDisplayName(String username, String displayName) {
        jdbc.update("update officer set display_name = ? where username = ?", displayName, username);
    }

    void setEnabled(String username, boolean enabled) {
        jdbc.update("update officer set enabled = ? where username = ?", enabled, username);
    }
}
