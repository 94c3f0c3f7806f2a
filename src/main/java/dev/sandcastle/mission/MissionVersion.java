package dev.sandcastle.mission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandcastle.judge.Checker;
import dev.sandcastle.sandbox.Policy;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One immutable content of a mission. Submissions point at the version they were graded
 * against; editing a mission adds a version and never rewrites one. Tests, checker and limits
 * are stored as the exact JSON text (jsonb would rewrite numbers such as 1.0).
 */
@Entity
@Table(name = "mission_versions")
public class MissionVersion extends PanacheEntityBase {

    /** Reads back ints as long as any result may hold (PlainData.MAX_INT_DIGITS), past Jackson's 1000-digit default. */
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxNumberLength(dev.sandcastle.sandbox.PlainData.MAX_INT_DIGITS + 1).build())
            .build());

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id")
    public Mission mission;

    @Column(nullable = false)
    public int version;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Difficulty difficulty;

    @Column(nullable = false)
    public int points;

    @Column(length = 64)
    public String island;

    @Column(nullable = false, columnDefinition = "text[]")
    public String[] tags;

    @Column(name = "entry_point", nullable = false, length = 100)
    public String entryPoint;

    @Column(name = "starter_code", nullable = false, columnDefinition = "text")
    public String starterCode;

    @Column(name = "reference_solution", nullable = false, columnDefinition = "text")
    public String referenceSolution;

    @Column(name = "checker_json", nullable = false, columnDefinition = "text")
    public String checkerJson;

    @Column(name = "checker_source", columnDefinition = "text")
    public String checkerSource;

    @Column(name = "limits_json", nullable = false, columnDefinition = "text")
    public String limitsJson;

    @Column(name = "tests_json", nullable = false, columnDefinition = "text")
    public String testsJson;

    @Column(name = "generator_json", columnDefinition = "text")
    public String generatorJson;

    @Column(name = "generator_source", columnDefinition = "text")
    public String generatorSource;

    @Column(name = "extra_imports", nullable = false, columnDefinition = "text[]")
    public String[] extraImports;

    @Column(name = "extra_builtins", nullable = false, columnDefinition = "text[]")
    public String[] extraBuiltins;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<MissionVersion> latestOf(Mission mission) {
        return find("mission = ?1 order by version desc", mission).firstResultOptional();
    }

    static MissionVersion of(Mission mission, int number, MissionPackage pkg) {
        MissionVersion v = new MissionVersion();
        v.mission = mission;
        v.version = number;
        v.contentHash = pkg.contentHash();
        v.title = pkg.title();
        v.description = pkg.description();
        v.difficulty = pkg.difficulty();
        v.points = pkg.points();
        v.island = pkg.island();
        v.tags = pkg.tags().toArray(String[]::new);
        v.entryPoint = pkg.entryPoint();
        v.starterCode = pkg.starterCode();
        v.referenceSolution = pkg.referenceSolution();
        v.checkerJson = write(pkg.checkerSpec() == null ? new MissionDescriptor.CheckerSpec("exact", null, null) : pkg.checkerSpec());
        v.checkerSource = pkg.checkerSource();
        v.limitsJson = write(pkg.limitOverrides());
        v.testsJson = write(pkg.tests());
        v.generatorJson = pkg.generator() == null ? null : write(pkg.generator());
        v.generatorSource = pkg.generatorSource();
        v.extraImports = pkg.extraImports().stream().sorted().toArray(String[]::new);
        v.extraBuiltins = pkg.extraBuiltins().stream().sorted().toArray(String[]::new);
        v.createdAt = Instant.now();
        return v;
    }

    /** Every test, public and hidden, in order. Never hand these to a player as they are. */
    public List<MissionTest> tests() {
        return read(testsJson, new TypeReference<List<MissionTest>>() { }).stream().map(MissionTest::normalized).toList();
    }

    public List<MissionTest> publicTests() {
        return tests().stream().filter(MissionTest::isPublic).toList();
    }

    public MissionDescriptor.CheckerSpec checkerSpec() {
        return read(checkerJson, new TypeReference<>() { });
    }

    public Checker checker() {
        return MissionPackage.toChecker(checkerSpec(), checkerSource);
    }

    public Map<String, Long> limitOverrides() {
        return read(limitsJson, new TypeReference<>() { });
    }

    public Policy policy() {
        return new Policy(Set.of(extraBuiltins), Set.of(extraImports));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored mission data is not valid JSON", e);
        }
    }
}
