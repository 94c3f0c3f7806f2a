package dev.sandcastle.grading;

import dev.sandcastle.Roles;
import dev.sandcastle.submission.GradedSignals;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * One dedicated connection (outside the pool: LISTEN lives as long as its session) that
 * listens for queued jobs (wakes this process's grader loops) and graded submissions (wakes
 * long-polling readers). Reconnects after a failure; the polling fallbacks cover the gap.
 */
@ApplicationScoped
public class PgNotifications {

    private static final Logger LOG = Logger.getLogger(PgNotifications.class);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Inject
    Roles roles;

    @Inject
    Grader grader;

    @Inject
    GradedSignals signals;

    private volatile boolean running;
    private Thread thread;

    void onStart(@Observes StartupEvent event) {
        running = true;
        thread = Thread.ofPlatform().daemon().name("pg-listen").start(this::listen);
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + JobQueue.JOBS_CHANNEL);
                statement.execute("LISTEN " + JobQueue.GRADED_CHANNEL);
                signals.wakeAll(); // verdicts notified while we were not listening would go unnoticed
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1_000);
                    if (notifications == null) {
                        continue;
                    }
                    boolean jobs = false;
                    for (PGNotification n : notifications) {
                        if (JobQueue.JOBS_CHANNEL.equals(n.getName())) {
                            jobs = true;
                        } else if (JobQueue.GRADED_CHANNEL.equals(n.getName())) {
                            signals.graded(Long.parseLong(n.getParameter()));
                        }
                    }
                    if (jobs && roles.grader()) {
                        grader.wake();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("LISTEN connection failed (%s); reconnecting in 1 s", e.getMessage());
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        return dev.sandcastle.database.ListenConnection.open(url, username, password, "sandcastle-listen");
    }
}
