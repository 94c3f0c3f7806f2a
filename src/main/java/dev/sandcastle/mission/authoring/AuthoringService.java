package dev.sandcastle.mission.authoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sandcastle.mission.InvalidMissionPackageException;
import dev.sandcastle.mission.Mission;
import dev.sandcastle.mission.MissionDescriptor;
import dev.sandcastle.mission.MissionPackage;
import dev.sandcastle.mission.PackageProblem;
import dev.sandcastle.mission.MissionPackageReader;
import dev.sandcastle.mission.MissionPublisher;
import dev.sandcastle.mission.MissionTest;
import dev.sandcastle.mission.MissionVersion;
import dev.sandcastle.player.CurrentPlayer;
import dev.sandcastle.player.Player;
import dev.sandcastle.web.Problem;
import dev.sandcastle.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Creates and updates missions for authors. A request body is written out as a package and
 * read back by {@link MissionPackageReader}, so the API and missions/ share one format, one
 * validation and one content hash; publishing then runs the same preparers as the loader
 * (generated tests, reference grading). Each change is a new version; scores and old
 * submissions are never touched.
 */
@ApplicationScoped
public class AuthoringService {


    @Inject
    MissionPublisher publisher;

    @Inject
    CurrentPlayer current;

    @Inject
    ObjectMapper json;

    public record Saved(String slug, int version, MissionPublisher.Outcome outcome, boolean published) {
    }

    @Transactional
    public Saved create(MissionSource source) {
        if (source.slug() == null || !MissionPackageReader.SLUG.matcher(source.slug()).matches()) {
            throw ProblemException.unprocessable("The mission is invalid.", List.of(new Problem.FieldError(
                    "slug", "3-64 of a-z, 0-9 and '-', starting with a letter")));
        }
        if (Mission.findBySlug(source.slug()).isPresent()) {
            throw new ProblemException(409, "A mission '" + source.slug() + "' already exists; PUT it to change it.");
        }
        Saved saved = save(source.slug(), source, false);
        Mission mission = Mission.findBySlug(source.slug()).orElseThrow();
        mission.authorId = current.id();
        return saved;
    }

    @Transactional
    public Saved update(String slug, MissionSource source) {
        Mission mission = editable(slug);
        if (source.slug() != null && !source.slug().equals(slug)) {
            throw ProblemException.unprocessable("The mission is invalid.", List.of(new Problem.FieldError(
                    "slug", "a mission's slug cannot change")));
        }
        return save(slug, source, mission.published);
    }

    @Transactional
    public Saved publish(String slug) {
        Mission mission = editable(slug);
        mission.published = true;
        return new Saved(slug, mission.currentVersion.version, MissionPublisher.Outcome.UNCHANGED, true);
    }

    /** The current version as an author wrote it, for its author and admins only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MissionSource source(String slug) {
        Mission mission = editable(slug);
        MissionVersion v = mission.currentVersion;
        ObjectNode descriptor = json.valueToTree(new MissionDescriptor(v.title, v.difficulty.name(), v.points,
                v.island, List.of(v.tags).stream().filter(t -> !t.equals(v.island)).toList(), v.entryPoint,
                v.checkerSpec(), v.limitOverrides().isEmpty() ? null : v.limitOverrides(),
                v.extraImports.length == 0 ? null : List.of(v.extraImports),
                v.extraBuiltins.length == 0 ? null : List.of(v.extraBuiltins),
                v.generatorJson == null ? null : readGenerator(v.generatorJson)));
        stripNulls(descriptor);
        List<MissionTest> all = v.tests();
        int generated = 0;
        if (v.generatorJson != null) {
            generated = Math.min(all.size(), readGenerator(v.generatorJson).count());
        }
        List<MissionTest> written = all.subList(0, all.size() - generated);
        String author = mission.authorId == null ? null
                : Player.<Player>findByIdOptional(mission.authorId).map(p -> p.name).orElse(null);
        return new MissionSource(slug, descriptor, v.description, v.referenceSolution, json.valueToTree(written),
                v.starterCode, v.checkerSource, v.generatorSource, mission.published ? "PUBLISHED" : "DRAFT",
                v.version, author, new ArrayList<>(all.subList(all.size() - generated, all.size())));
    }

    /** The mission, if the current player may change it: its author or an admin (403 otherwise). */
    private Mission editable(String slug) {
        Mission mission = Mission.findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("There is no mission '" + slug + "'."));
        if (!current.isAdmin() && (mission.authorId == null || mission.authorId != current.id())) {
            throw new ProblemException(403, "Only the author of '" + slug + "' or an admin may change it.");
        }
        return mission;
    }

    private Saved save(String slug, MissionSource source, boolean wasPublished) {
        boolean publish = wasPublished;
        if (source.status() != null) {
            switch (source.status()) {
                case "DRAFT" -> publish = false;
                case "PUBLISHED" -> publish = true;
                default -> throw ProblemException.unprocessable("The mission is invalid.",
                        List.of(new Problem.FieldError("status", "DRAFT or PUBLISHED")));
            }
        }
        MissionPackage pkg = read(slug, source);
        MissionPublisher.Published published;
        try {
            published = publisher.publish(pkg);
        } catch (InvalidMissionPackageException e) {
            throw rejected(e);
        }
        Mission.findBySlug(slug).orElseThrow().published = publish;
        return new Saved(slug, published.version(), published.outcome(), publish);
    }

    /** Writes the body out as a package directory and reads it back: one format, one validation. */
    private MissionPackage read(String slug, MissionSource source) {
        Path root = null;
        try {
            root = Files.createTempDirectory("sandcastle-authoring-");
            Path dir = Files.createDirectory(root.resolve(slug));
            if (source.mission() != null) {
                write(dir, "mission.json", json.writeValueAsString(source.mission()));
            }
            if (source.tests() != null) {
                write(dir, "tests.json", json.writeValueAsString(source.tests()));
            }
            write(dir, "description.md", source.description());
            write(dir, "reference.py", source.reference());
            write(dir, "starter.py", source.starter());
            write(dir, "checker.py", source.checker());
            write(dir, "generator.py", source.generator());
            return new MissionPackageReader().read(dir);
        } catch (InvalidMissionPackageException e) {
            throw rejected(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(root);
        }
    }

    /** 422 with one error per problem, under the field its source named (a failing test is tests[i]). */
    static ProblemException rejected(InvalidMissionPackageException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (PackageProblem problem : e.located()) {
            errors.add(new Problem.FieldError(problem.field(), problem.message()));
        }
        return ProblemException.unprocessable(
                "The mission was not saved: " + e.problems().size() + " problem(s), see errors.", errors);
    }

    private static MissionDescriptor.GeneratorSpec readGenerator(String generatorJson) {
        try {
            return new ObjectMapper().readValue(generatorJson, MissionDescriptor.GeneratorSpec.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stripNulls(ObjectNode node) {
        List<String> empty = new ArrayList<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                empty.add(e.getKey());
            } else if (e.getValue() instanceof ObjectNode child) {
                stripNulls(child);
            }
        });
        node.remove(empty);
    }

    private static void write(Path dir, String name, String content) throws IOException {
        if (content != null) {
            try {
                Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
            } catch (java.nio.charset.CharacterCodingException e) {
                // JSON may escape a lone surrogate ("\ud871"); no UTF-8 file (or database text) can hold it
                throw ProblemException.badRequest("The field '" + name.substring(0, name.indexOf('.'))
                        + "' is not valid Unicode text: it contains a lone surrogate.");
            }
        }
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
