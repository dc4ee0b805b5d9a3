package vn.canhbao.gateway.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** The officers and their roles, with hashed passwords. */
@Repository
public class OfficerRepository implements UserDetailsService {

    /** The shortest password canhbao stores, in characters. */
    public static final int MIN_PASSWORD = 12;

    /**
     * The longest, in UTF-8 bytes: BCrypt, the default hash, reads no more, and Spring Security refuses a longer one
     * rather than ignore the rest.
     */
    public static final int MAX_PASSWORD_BYTES = 72;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    OfficerRepository(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public Officer loadUserByUsername(String username) {
        List<Officer> found = jdbc.query(
                "select username, password_hash, display_name, enabled from officer where username = ?",
                (rs, i) -> new Officer(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), grants(rs.getString(1))),
                username);
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("No officer " + username);
        }
        return found.getFirst();
    }

    public boolean exists(String username) {
        Integer n = jdbc.queryForObject("select count(*) from officer where username = ?", Integer.class, username);
        return n != null && n > 0;
    }

    /** Adds an officer; the password is stored hashed. */
    public void add(String username, String rawPassword, String displayName, List<RoleGrant> grants) {
        jdbc.update(
                "insert into officer (username, password_hash, display_name) values (?, ?, ?)",
                username,
                passwords.encode(rawPassword),
                displayName);
        insertGrants(username, grants);
    }

    /** Replaces every role the officer holds with {@code grants}. */
    public void setGrants(String username, List<RoleGrant> grants) {
        jdbc.update("delete from officer_role where username = ?", username);
        insertGrants(username, grants);
    }

    private void insertGrants(String username, List<RoleGrant> grants) {
        for (RoleGrant g : grants) {
            jdbc.update(
                    "insert into officer_role (username, role, ward_code, province_code) values (?, ?, ?, ?)",
                    username,
                    g.role().name(),
                    g.wardCode(),
                    g.provinceCode());
        }
    }

    /** Sets a new password (local mode keeps its demo users' password in step with its configuration). */
    public void setPassword(String username, String rawPassword) {
        jdbc.update("update officer set password_hash = ? where username = ?", passwords.encode(rawPassword), username);
    }

    /** Whether {@code rawPassword} is the officer's password; false for an unknown officer. */
    public boolean passwordMatches(String username, String rawPassword) {
        List<String> hashes =
                jdbc.queryForList("select password_hash from officer where username = ?", String.class, username);
        return !hashes.isEmpty() && rawPassword != null && passwords.matches(rawPassword, hashes.getFirst());
    }

    private List<RoleGrant> grants(String username) {
        return new ArrayList<>(jdbc.query(
                "select role, ward_code, province_code from officer_role where username = ?",
                (rs, i) -> new RoleGrant(Role.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)),
                username));
    }
}
