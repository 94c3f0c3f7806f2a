package dev.sandcastle.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded PostgreSQL server used when no external database is configured: a real
 * PostgreSQL (zonky binaries) whose data directory survives restarts. One per JVM; it stops
 * with the JVM (zonky's shutdown hook).
 *
 * <p>Running as root: PostgreSQL refuses to run as root, and zonky then starts every
 * PostgreSQL process under {@code unshare -U} (an unprivileged user namespace), which works
 * wherever user namespaces are enabled. See docs/decisions/0010-embedded-postgresql.md.
 */
public final class EmbeddedDatabase {

    /** System property through which a dev-mode restart (new class loader) finds the running server. */
    static final String URL_PROPERTY = "sandcastle.embedded-database.jdbc-url";

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    /** Starts the server on the given data directory (once per JVM) and returns its JDBC URL. */
    public static synchronized String start(Path dataDirectory) {
        String running = System.getProperty(URL_PROPERTY);
        if (running != null) {
            return running;
        }
        try {
            Path directory = dataDirectory.toAbsolutePath().normalize();
            Files.createDirectories(directory);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .start();
            String url = server.getJdbcUrl("postgres", "postgres");
            System.setProperty(URL_PROPERTY, url);
            System.out.printf("Sandcastle: embedded PostgreSQL, data in %s, listening at %s%n", directory, url);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }
}
