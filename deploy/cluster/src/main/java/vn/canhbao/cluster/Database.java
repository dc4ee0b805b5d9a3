package vn.canhbao.cluster;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A database of the test's own on the PostgreSQL server, created fresh and dropped at the end, and what it reads. */
final class Database implements AutoCloseable {

    /** A dispatch as the dead replica held it: its id and the number it goes to. */
    record Claim(UUID id, String address) {}

    private final String server;
    private final String name;
    private final String user;
    private final String password;
    private Connection connection;

    private Database(String server, String name, String user, String password) {
        this.server = server;
        this.name = name;
        this.user = user;
        this.password = password;
    }

    /** Creates {@code canhbao_cluster_<pid>} on {@code host:port}. */
    static Database create(String host, int port, String user, String password) {
        String server = "jdbc:postgresql://" + host + ":" + port + "/";
        String name = "canhbao_cluster_" + ProcessHandle.current().pid();
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password)) {
            admin.createStatement().execute("drop database if exists " + name + " with (force)");
            admin.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + server + ": " + e.getMessage(), e);
        }
        return new Database(server, name, user, password);
    }

    String url() {
        return server + name;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** The incarnation of the process with this pid, from its dispatcher lease; empty before it took one. */
    Optional<UUID> incarnationOf(long pid) {
        return query("select incarnation from dispatcher_lease where host like ?", "%/" + pid).stream()
                .map(row -> (UUID) row[0])
                .findFirst();
    }

    /** The alert's dispatches in SENDING claimed by {@code claimant}. */
    List<Claim> claimedBy(UUID alert, UUID claimant) {
        return query(
                        "select id, address from dispatch where alert_id = ? and status = 'SENDING' and claimed_by = ?",
                        alert,
                        claimant)
                .stream()
                .map(row -> new Claim((UUID) row[0], (String) row[1]))
                .toList();
    }

    /** How many of these dispatches a provider now has. */
    int handedOverAmong(Collection<UUID> ids) {
        try {
            Array array = connection().createArrayOf("uuid", ids.toArray());
            Object[] row = query(
                            "select count(*) from dispatch where id = any(?)"
                                    + " and status in ('ACCEPTED', 'DELIVERED', 'UNDELIVERED')",
                            array)
                    .getFirst();
            return ((Number) row[0]).intValue();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The alert's dispatches by status. */
    Map<String, Integer> statuses(UUID alert) {
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] row : query("select status, count(*) from dispatch where alert_id = ? group by status", alert)) {
            counts.put((String) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    private List<Object[]> query(String sql, Object... parameters) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rs.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(url(), user, password);
        }
        return connection;
    }

    @Override
    public void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // dropping the database below ends the session anyway
        }
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password)) {
            admin.createStatement().execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop the test database " + name + ": " + e.getMessage());
        }
    }
}
