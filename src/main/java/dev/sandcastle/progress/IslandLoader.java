package dev.sandcastle.progress;

import dev.sandcastle.Roles;
import dev.sandcastle.mission.MissionConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * At start-up (api role), makes the islands table what {@code <missions dir>/islands.json}
 * says. Without the file no island is declared, and every island is open.
 */
@ApplicationScoped
public class IslandLoader {

    private static final Logger LOG = Logger.getLogger(IslandLoader.class);
    public static final String FILE = "islands.json";

    @Inject
    MissionConfig config;

    @Inject
    Roles roles;

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent event) {
        if (!roles.api() || !config.loadAtStartup()) {
            return;
        }
        Path file = config.dir().toAbsolutePath().normalize().resolve(FILE);
        try {
            List<IslandDeclarations.Declaration> islands = Files.isRegularFile(file)
                    ? IslandDeclarations.parse(Files.readString(file, StandardCharsets.UTF_8))
                    : List.of();
            replaceAll(islands);
            LOG.infof("islands from %s: %d declared", file, islands.size());
        } catch (IslandDeclarations.InvalidIslandsException e) {
            LOG.error(e.getMessage());
            if (config.strict()) {
                throw new IllegalStateException(e.getMessage() + " (sandcastle.missions.strict=true)", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The declared islands become exactly these, in this order (one transaction, serialised with mission publishing). */
    @Transactional
    public void replaceAll(List<IslandDeclarations.Declaration> islands) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('sandcastle.islands'))").getSingleResult();
        em.createNativeQuery("DELETE FROM islands").executeUpdate();
        int position = 0;
        for (IslandDeclarations.Declaration declaration : islands) {
            Island island = new Island();
            island.name = declaration.name();
            island.title = declaration.title();
            island.unlockPoints = declaration.unlockPoints();
            island.position = position++;
            island.persist();
        }
    }
}
