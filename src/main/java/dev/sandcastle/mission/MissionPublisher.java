package dev.sandcastle.mission;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Turns a package into a mission version, idempotently: an unchanged package (same content
 * hash as the current version) keeps its version, a changed one becomes the next version and
 * the mission's current one. Old versions stay, so submissions keep what they were graded
 * against.
 */
@ApplicationScoped
public class MissionPublisher {

    private static final Logger LOG = Logger.getLogger(MissionPublisher.class);

    public enum Outcome { CREATED, NEW_VERSION, UNCHANGED }

    public record Published(String slug, int version, Outcome outcome) {
    }

    @Inject
    EntityManager em;

    @Inject
    @All
    List<PackagePreparer> preparers;

    /** Observed synchronously in this transaction (the consumer feed's outbox, docs/decisions/0063). */
    @Inject
    Event<Published> publishedEvents;

    /** Runs the publish-time steps, then stores the result (all in one transaction). */
    @Transactional
    public Published publish(MissionPackage pkg) throws InvalidMissionPackageException {
        // one publisher at a time across all processes sharing the database
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('sandcastle.missions'))").getSingleResult();
        Mission mission = Mission.findBySlug(pkg.slug()).orElse(null);
        if (mission != null && mission.currentVersion != null
                && mission.currentVersion.contentHash.equals(pkg.contentHash())) {
            return new Published(pkg.slug(), mission.currentVersion.version, Outcome.UNCHANGED);
        }
        MissionPackage prepared = pkg;
        for (PackagePreparer preparer : preparers) {
            prepared = preparer.prepare(prepared);
        }
        Outcome outcome = Outcome.NEW_VERSION;
        if (mission == null) {
            outcome = Outcome.CREATED;
            mission = new Mission();
            mission.slug = pkg.slug();
            mission.createdAt = Instant.now();
        }
        int number = mission.id == null ? 1 : MissionVersion.latestOf(mission).map(v -> v.version + 1).orElse(1);
        MissionVersion version = MissionVersion.of(mission, number, prepared);
        mission.showVersion(version);
        if (mission.id == null) {
            // the mission row needs its catalogue fields before the version can reference it
            mission.currentVersion = null;
            mission.persist();
            version.persist();
            mission.currentVersion = version;
        } else {
            version.persist();
        }
        LOG.infof("mission %s: %s (version %d)", pkg.slug(), outcome, number);
        Published published = new Published(pkg.slug(), number, outcome);
        em.flush(); // the observer reads the mission row with SQL
        publishedEvents.fire(published);
        return published;
    }
}
