package dev.sandcastle.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a lost or refused database connection (SQLSTATE class 08, PostgreSQL shutting
 * down or not yet accepting connections 57P01-57P03, or the pool timing out): a transient
 * outage, not a bug, and never the fault of the request or submission at hand.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean isCauseOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))
                        || message.contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
