package dev.sandcastle.player;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Failed-login windows in PostgreSQL (table login_failures, V42), so that every API process
 * counts against the same limit. Each call is one auto-committed statement; counting is a
 * single upsert, so concurrent failures from several processes are all counted.
 */
@ApplicationScoped
public class PostgresLoginFailures implements LoginFailureStore {

    private final DataSource dataSource;

    @Inject
    public PostgresLoginFailures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void count(String key, Instant now, Duration window) {
        update("""
                INSERT INTO login_failures AS f (key, window_end, failures) VALUES (?, ?, 1)
                ON CONFLICT (key) DO UPDATE
                SET failures = CASE WHEN f.window_end > ? THEN f.failures + 1 ELSE 1 END,
                    window_end = excluded.window_end""",
                key, utc(now.plus(window)), utc(now));
    }

    @Override
    public Optional<Window> window(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT window_end, failures FROM login_failures WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Window(r.getObject(1, OffsetDateTime.class).toInstant(), r.getInt(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read failed logins", e);
        }
    }

    @Override
    public void clear(String key) {
        update("DELETE FROM login_failures WHERE key = ?", key);
    }

    @Override
    public void forgetExpired(Instant now) {
        update("DELETE FROM login_failures WHERE window_end <= ?", utc(now));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record failed logins", e);
        }
    }
}
