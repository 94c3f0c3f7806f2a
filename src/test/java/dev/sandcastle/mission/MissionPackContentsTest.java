package dev.sandcastle.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.judge.Checker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the shipped pack in {@code missions/} promises (issue 5, docs/missions.md), checked
 * without a sandbox so it runs in milliseconds: every package reads, the pack's coverage
 * holds, and every CPU-heavy mission keeps the naive solution its time-limit test needs.
 * Grading the reference solutions is the validator's job.
 */
class MissionPackContentsTest {

    private static final Path PACK = Path.of("missions");
    private static final Path NAIVE = Path.of("src/test/resources/naive");
    private static final List<MissionPackage> packages = new ArrayList<>();
    private static final Map<String, String> problems = new TreeMap<>();

    @BeforeAll
    static void readThePack() throws IOException {
        MissionPackageReader reader = new MissionPackageReader();
        for (Path dir : reader.packageDirectories(PACK)) {
            try {
                packages.add(reader.read(dir));
            } catch (InvalidMissionPackageException e) {
                problems.put(dir.getFileName().toString(), e.getMessage());
            }
        }
    }

    @Test
    void everyPackageOfThePackReadsWithoutProblems() {
        assertEquals(Map.of(), problems);
    }

    @Test
    void thePackHasAtLeast25MissionsOnFourIslandsAtEveryDifficulty() {
        assertTrue(packages.size() >= 25, "missions: " + packages.size());
        Set<String> islands = packages.stream().map(MissionPackage::island).collect(Collectors.toSet());
        assertTrue(islands.size() >= 4, "islands: " + islands);
        assertEquals(Set.of(Difficulty.values()),
                packages.stream().map(MissionPackage::difficulty).collect(Collectors.toSet()));
    }

    @Test
    void thePackUsesEveryCheckerKindAndSeveralGenerators() {
        Map<Checker.Kind, Long> kinds = packages.stream()
                .collect(Collectors.groupingBy(p -> p.checker().kind(), Collectors.counting()));
        assertTrue(kinds.getOrDefault(Checker.Kind.FLOAT, 0L) >= 3, "checkers: " + kinds);
        assertTrue(kinds.getOrDefault(Checker.Kind.UNORDERED, 0L) >= 2, "checkers: " + kinds);
        assertTrue(kinds.getOrDefault(Checker.Kind.CUSTOM, 0L) >= 2, "checkers: " + kinds);
        assertTrue(packages.stream().filter(p -> p.generator() != null).count() >= 3);
    }

    @Test
    void everyMissionHasExamplesAndAtLeastTenHiddenTestsOfItsOwn() {
        List<String> thin = new ArrayList<>();
        for (MissionPackage p : packages) {
            long hidden = p.tests().stream().filter(t -> !t.isPublic()).count();
            long examples = p.tests().stream().filter(MissionTest::isPublic).count();
            if (hidden < 10 || examples < 1 || !p.description().contains("## Examples")) {
                thin.add(p.slug() + " (examples " + examples + ", hidden " + hidden + ")");
            }
        }
        assertEquals(List.of(), thin);
    }

    @Test
    void everyCpuHeavyMissionSetsItsCpuLimitAndKeepsANaiveSolution() throws IOException {
        Set<String> heavy = new TreeSet<>();
        for (MissionPackage p : packages) {
            if (p.limitOverrides().containsKey("cpuMsPerTest")) {
                heavy.add(p.slug());
                Path naive = NAIVE.resolve(p.slug() + ".py");
                assertTrue(Files.isRegularFile(naive), "no naive solution for " + p.slug());
                assertTrue(Files.readString(naive).contains("def " + p.entryPoint() + "("),
                        naive + " must define " + p.entryPoint());
                assertTrue(p.description().contains("## Performance"),
                        p.slug() + " must state the expected complexity");
            }
        }
        assertTrue(heavy.size() >= 3, "CPU-heavy missions: " + heavy);
        try (var files = Files.list(NAIVE)) {
            Set<String> naiveSlugs = files.map(f -> f.getFileName().toString().replaceFirst("\\.py$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(heavy, naiveSlugs, "naive solutions without a CPU-heavy mission, or the reverse");
        }
    }

    @Test
    void everyTestsFileStaysSmallBecauseBigInputsBelongInAGenerator() throws IOException {
        for (MissionPackage p : packages) {
            long size = Files.size(PACK.resolve(p.slug()).resolve("tests.json"));
            assertTrue(size < 200_000, p.slug() + "/tests.json is " + size + " bytes");
        }
    }
}
