package dev.sandcastle.reliability;

import dev.sandcastle.web.Problem;
import dev.sandcastle.web.ProblemMappers;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A database that is down or restarting is a transient 503 with Retry-After, not a 500:
 * clients retry and lose nothing (the chaos run, src/test/chaos/run.sh, shows it end to end).
 */
class DatabaseOutageProblemTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aRefusedConnectionIsServiceUnavailableWithRetryAfter() {
        Response response = mappers.unexpected(
                new PersistenceException(new JDBCConnectionException("could not connect",
                        new SQLException("Connection to localhost:5432 refused.", "08001"))), uri());
        assertEquals(503, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals(503, ((Problem) response.getEntity()).status());
        assertNotNull(response.getHeaderString("Retry-After"));
    }

    @Test
    void aDatabaseShuttingDownIsServiceUnavailable() {
        assertEquals(503, mappers.unexpected(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")), uri()).getStatus());
    }

    /** Seen in the chaos run: PostgreSQL stopped while a submission's transaction committed. */
    @Test
    void aCommitThatLostItsConnectionIsServiceUnavailable() {
        // the driver's error is only a suppressed exception's cause: the rollback itself has none
        jakarta.transaction.RollbackException rollback = new jakarta.transaction.RollbackException(
                "ARJUNA016053: Could not commit transaction.");
        javax.transaction.xa.XAException commit = new javax.transaction.xa.XAException(
                "Error trying to transactionCommit local transaction: FATAL: terminating connection due to administrator command");
        commit.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(commit);
        assertEquals(503, mappers.unexpected(new io.quarkus.arc.ArcUndeclaredThrowableException("Error invoking subclass method",
                rollback), uri()).getStatus());
    }

    @Test
    void anExhaustedPoolIsServiceUnavailable() {
        assertEquals(503, mappers.unexpected(new SQLException("Sorry, acquisition timeout!"), uri()).getStatus());
    }

    @Test
    void otherFailuresStayInternalServerErrors() {
        assertEquals(500, mappers.unexpected(new IllegalStateException("bug"), uri()).getStatus());
        assertEquals(500, mappers.unexpected(new SQLException("syntax error", "42601"), uri()).getStatus());
    }

    private static UriInfo uri() {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getPath") ? "/api/test" : null);
    }
}
