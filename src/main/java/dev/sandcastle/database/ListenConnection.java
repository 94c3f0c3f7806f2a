package dev.sandcastle.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * A plain JDBC connection of its own, outside the pool, for a thread that waits on LISTEN:
 * a pooled connection would be held for the life of the process.
 */
public final class ListenConnection {

    private ListenConnection() {
    }

    /** Opens one; {@code applicationName} shows in pg_stat_activity. */
    public static Connection open(String url, Optional<String> username, Optional<String> password,
            String applicationName) throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", applicationName);
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        return connection;
    }
}
