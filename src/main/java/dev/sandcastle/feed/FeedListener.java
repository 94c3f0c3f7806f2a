package dev.sandcastle.feed;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
/**
 * One thread and one dedicated connection per process (LISTEN lives as long as its session):
 * on "new events" it runs the sequencer, on "sequenced" it pushes to this process's SSE clients
 * and wakes the webhook dispatcher. It also does all three every poll interval, so a lost
 * notification (or a listener reconnecting) delays an event by at most that long.
 */
@ApplicationScoped
public class FeedListener {
    private static final Logger LOG = Logger.getLogger(FeedListener.class);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Inject
    FeedConfig config;

    @Inject
    FeedSequencer sequencer;

    @Inject
    LiveFeed live;

    @Inject
    Event<FeedAdvanced> advanced;

    private volatile boolean running;
    private Thread thread;

    void onStart(@Observes StartupEvent event) {
        running = true;
        thread = Thread.ofPlatform().daemon().name("feed-listen").start(this::listen);
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        long nextHeartbeat = System.nanoTime() + config.heartbeat().toNanos();
        while (running) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + FeedEvents.NEW_EVENTS_CHANNEL);
                statement.execute("LISTEN " + FeedSequencer.FEED_CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    pg.getNotifications((int) Math.max(1, config.pollInterval().toMillis()));
                    // whatever woke us (or the timeout), the three steps are cheap when there is nothing to do
                    sequencer.sequence();
                    live.poll();
                    advanced.fire(new FeedAdvanced());
                    if (System.nanoTime() - nextHeartbeat > 0) {
                        live.heartbeat();
                        nextHeartbeat = System.nanoTime() + config.heartbeat().toNanos();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("feed listener failed (%s); reconnecting in 1 s", e.getMessage());
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
        return dev.sandcastle.database.ListenConnection.open(url, username, password, "sandcastle-feed");
    }
}
