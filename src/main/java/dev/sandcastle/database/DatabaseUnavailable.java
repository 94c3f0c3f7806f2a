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

    /**
     * Looks through causes and suppressed exceptions: a commit that loses its connection surfaces
     * as a bare {@code RollbackException} whose only witness is a suppressed {@code XAException}
     * caused by the driver's error (found by the chaos run, where it answered 500).
     */
    public static boolean isCauseOf(Throwable e) {
        return isCauseOf(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean isCauseOf(Throwable t, java.util.Set<Throwable> seen) {
        if (t == null || !seen.add(t) || seen.size() > 64) {
            return false;
        }
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
        for (Throwable suppressed : t.getSuppressed()) {
            if (isCauseOf(suppressed, seen)) {
                return true;
            }
        }
        return isCauseOf(t.getCause(), seen);
    }
}
