package vn.canhbao.gateway.providers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.channels.zalo.ZaloTokenStore;
import vn.canhbao.channels.zalo.ZaloTokens;

/**
 * Keeps the Zalo OA's tokens in the database, shared by every replica. Zalo's refresh token is single-use, so a rotated
 * pair is written in one statement before its access token is used: a crash never leaves only the spent token behind.
 */
class JdbcZaloTokenStore implements ZaloTokenStore {

    private final JdbcTemplate jdbc;

    JdbcZaloTokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ZaloTokens> load() {
        return jdbc
                .query(
                        "select access_token, refresh_token, access_expires_at from zalo_token where id = 1",
                        (rs, i) -> new ZaloTokens(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getTimestamp(3).toInstant()),
                        new Object[0])
                .stream()
                .findFirst();
    }

    @Override
    public void save(ZaloTokens tokens) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.update(
                "update zalo_token set access_token = ?, refresh_token = ?, access_expires_at = ?, updated_at = ?"
                        + " where id = 1",
                tokens.accessToken(),
                tokens.refreshToken(),
                Timestamp.from(tokens.accessExpiresAt()),
                now);
        if (updated == 0) {
            jdbc.update(
                    "insert into zalo_token (id, access_token, refresh_token, access_expires_at, updated_at)"
                            + " values (1, ?, ?, ?, ?)",
                    tokens.accessToken(),
                    tokens.refreshToken(),
                    Timestamp.from(tokens.accessExpiresAt()),
                    now);
        }
    }
}
