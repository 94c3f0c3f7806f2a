package dev.sandcastle.database;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Orders the embedded server's stop after the application's own shutdown work (graders
 * handing jobs back need the database): JVM shutdown hooks run concurrently, so without
 * this the server could stop first.
 */
@ApplicationScoped
public class EmbeddedDatabaseLifecycle {

    void started(@Observes StartupEvent event) {
        EmbeddedDatabase.applicationStarted();
    }

    /** Observed last: every other shutdown observer has finished. */
    void stopped(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent event) {
        EmbeddedDatabase.applicationStopped();
    }
}
