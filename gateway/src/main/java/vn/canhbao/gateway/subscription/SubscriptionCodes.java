package vn.canhbao.gateway.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The one-time codes sent ({@code subscription_code}): the code's hash and what the person asked for. The rows in the
 * last hour are also the count the rate limits read, so the limits hold across replicas.
 */
@Repository
class SubscriptionCodes {

    private static final String COLUMNS =
            "id, phone, ward_code, group_id, name, code_hash, expires_at, attempts, used_at";

    private final JdbcTemplate jdbc;

    SubscriptionCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(PendingCode code, String clientAddr, Instant now) {
        jdbc.update(
                "insert into subscription_code (id, phone, ward_code, group_id, name, code_hash, client_addr,"
                        + " created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                code.id(),
                code.phone(),
                code.wardCode(),
                code.groupId(),
                code.name(),
                code.codeHash(),
                clientAddr,
                Timestamp.from(now),
                Timestamp.from(code.expiresAt()));
    }

    /** A code sent to a phone for the Zalo follower {@code zaloUserId}, who gives it back in Zalo. */
    void addForZalo(PendingCode code, String zaloUserId, Instant now) {
        add(code, "zalo:" + zaloUserId, now);
        jdbc.update("update subscription_code set zalo_user_id = ? where id = ?", zaloUserId, code.id());
    }

    /** The newest code sent for the Zalo follower {@code zaloUserId}, used or not. */
    Optional<PendingCode> latestForZalo(String zaloUserId) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from subscription_code where zalo_user_id = ?"
                                + " order by created_at desc limit 1",
                        SubscriptionCodes::map,
                        zaloUserId)
                .stream()
                .findFirst();
    }

    Optional<PendingCode> find(UUID id) {
        return jdbc
                .query("select " + COLUMNS + " from subscription_code where id = ?", SubscriptionCodes::map, id)
                .stream()
                .findFirst();
    }

    int sentToPhoneSince(String phone, Instant since) {
        return count("select count(*) from subscription_code where phone = ? and created_at >= ?", phone, since);
    }

    int sentFromClientSince(String clientAddr, Instant since) {
        return count(
                "select count(*) from subscription_code where client_addr = ? and created_at >= ?", clientAddr, since);
    }

    /** Counts one wrong try, unless the tries are used up already; returns the tries made so far. */
    int recordWrongAttempt(UUID id, int maxAttempts) {
        jdbc.update(
                "update subscription_code set attempts = attempts + 1 where id = ? and attempts < ?", id, maxAttempts);
        Integer attempts =
                jdbc.queryForObject("select attempts from subscription_code where id = ?", Integer.class, id);
        return attempts == null ? maxAttempts : attempts;
    }

    /** Marks the code used; false when another request used it first. */
    boolean use(UUID id, Instant now) {
        return jdbc.update(
                        "update subscription_code set used_at = ? where id = ? and used_at is null",
                        Timestamp.from(now),
                        id)
                == 1;
    }

    /** Forgets a code whose SMS did not go out, so it neither counts against the person nor waits for an answer. */
    void remove(UUID id) {
        jdbc.update("delete from subscription_code where id = ?", id);
    }

    /** Forgets codes sent before {@code before}: they no longer count for any limit. */
    void purge(Instant before) {
        jdbc.update("delete from subscription_code where created_at < ?", Timestamp.from(before));
    }

    private int count(String sql, String key, Instant since) {
        Integer n = jdbc.queryForObject(sql, Integer.class, key, Timestamp.from(since));
        return n == null ? 0 : n;
    }

    private static PendingCode map(ResultSet rs, int row) throws SQLException {
        Timestamp used = rs.getTimestamp("used_at");
        return new PendingCode(
                rs.getObject("id", UUID.class),
                rs.getString("phone"),
                rs.getString("ward_code"),
                rs.getObject("group_id", UUID.class),
                rs.getString("name"),
                rs.getString("code_hash"),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getInt("attempts"),
                used == null ? null : used.toInstant());
    }
}
