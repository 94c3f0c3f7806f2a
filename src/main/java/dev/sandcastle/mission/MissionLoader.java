package dev.sandcastle.mission;

import dev.sandcastle.Roles;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads every package in the missions directory at start-up (api role). Invalid packages are
 * reported with all their problems and skipped, or stop the start-up in strict mode.
 */
@ApplicationScoped
public class MissionLoader {

    private static final Logger LOG = Logger.getLogger(MissionLoader.class);

    public record Report(List<MissionPublisher.Published> published, List<InvalidMissionPackageException> invalid) {
    }

    @Inject
    MissionConfig config;

    @Inject
    MissionPublisher publisher;

    @Inject
    Roles roles;

    void onStart(@Observes StartupEvent event) {
        if (!roles.api() || !config.loadAtStartup()) {
            return;
        }
        Path dir = config.dir().toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            LOG.warnf("no mission directory at %s: no missions loaded", dir);
            return;
        }
        Report report = load(dir);
        if (!report.invalid().isEmpty() && config.strict()) {
            throw new IllegalStateException(report.invalid().size() + " invalid mission package(s) in " + dir
                    + " (sandcastle.missions.strict=true)");
        }
    }

    /** Loads (publishes) every package under {@code dir}; one bad package does not stop the others. */
    public Report load(Path dir) {
        MissionPackageReader reader = new MissionPackageReader();
        List<MissionPublisher.Published> published = new ArrayList<>();
        List<InvalidMissionPackageException> invalid = new ArrayList<>();
        List<Path> packages;
        try {
            packages = reader.packageDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list mission packages in " + dir, e);
        }
        for (Path packageDir : packages) {
            try {
                published.add(publisher.publish(reader.read(packageDir)));
            } catch (InvalidMissionPackageException e) {
                LOG.error(e.getMessage());
                invalid.add(e);
            }
        }
        long changed = published.stream().filter(p -> p.outcome() != MissionPublisher.Outcome.UNCHANGED).count();
        LOG.infof("missions from %s: %d loaded (%d new or changed), %d invalid",
                dir, published.size(), changed, invalid.size());
        return new Report(published, invalid);
    }
}
