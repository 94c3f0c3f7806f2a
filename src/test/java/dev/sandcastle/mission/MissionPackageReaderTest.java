package dev.sandcastle.mission;

import dev.sandcastle.judge.Checker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MissionPackageReaderTest {

    private final MissionPackageReader reader = new MissionPackageReader();

    @Test
    void aValidPackageIsReadWithItsIslandAsATagAndTypedTestValues() throws Exception {
        MissionPackage pkg = reader.read(Path.of("src/test/resources/test-missions/half-of"));
        assertEquals("half-of", pkg.slug());
        assertEquals(Difficulty.HARD, pkg.difficulty());
        assertEquals(List.of("float-island", "test-set", "arithmetic", "floats"), pkg.tags());
        assertEquals(Checker.Kind.FLOAT, pkg.checker().kind());
        assertEquals(1e-6, pkg.checker().absTolerance());
        // 1.0 stays a float and 3 stays an int: the exact checker is typed
        assertEquals(Double.class, pkg.tests().get(1).args().get(0).getClass());
        assertEquals(Long.class, pkg.tests().get(0).args().get(0).getClass());
        assertThat(pkg.starterCode(), containsString("def half"));
        assertThat(pkg.contentHash().length(), equalTo(64));
    }

    @Test
    void aBrokenPackageReportsEveryProblemAtOnce(@TempDir Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("broken-one"));
        Files.writeString(dir.resolve("mission.json"), """
                {"title": "", "difficulty": "IMPOSSIBLE", "points": 5000, "entryPoint": "not a name",
                 "checker": {"type": "custom"}, "limits": {"cpuMsPerTest": -1, "gpus": 2},
                 "extraImports": ["os", "math"]}""");
        Files.writeString(dir.resolve("tests.json"), """
                [{"args": [1], "expected": 1, "public": true}]""");
        InvalidMissionPackageException e = assertThrows(InvalidMissionPackageException.class, () -> reader.read(dir));
        List<String> problems = e.problems();
        assertThat(problems, hasItem("description.md is missing"));
        assertThat(problems, hasItem("reference.py is missing"));
        assertThat(problems, hasItem(containsString("'title' is required")));
        assertThat(problems, hasItem(containsString("'difficulty' must be EASY, MEDIUM or HARD")));
        assertThat(problems, hasItem(containsString("'points' must be 1-1000")));
        assertThat(problems, hasItem(containsString("'entryPoint' must be a Python function name")));
        assertThat(problems, hasItem(containsString("checker.py with a check(args, expected, actual)")));
        assertThat(problems, hasItem(containsString("unknown limit 'gpus'")));
        assertThat(problems, hasItem(containsString("limit 'cpuMsPerTest' must be a positive number")));
        assertThat(problems, hasItem(containsString("can never be allowed: [os]")));
        assertThat(problems, hasItem(containsString("at least one hidden test")));
    }

    @Test
    void malformedJsonAndUnknownFieldsAreReportedWithTheFileName(@TempDir Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("typo-mission"));
        Files.writeString(dir.resolve("mission.json"), """
                {"title": "T", "difficulty": "EASY", "points": 1, "entryPoint": "f", "tilte": "typo"}""");
        Files.writeString(dir.resolve("tests.json"), "[{\"args\": [1], ");
        Files.writeString(dir.resolve("description.md"), "d");
        Files.writeString(dir.resolve("reference.py"), "def f(x): return x");
        InvalidMissionPackageException e = assertThrows(InvalidMissionPackageException.class, () -> reader.read(dir));
        assertThat(e.problems(), hasItem(containsString("mission.json: Unrecognized field \"tilte\"")));
        assertThat(e.problems(), hasItem(containsString("tests.json:")));
    }

    @Test
    void aFolderNameThatIsNotASlugIsRejected(@TempDir Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("Bad_Name"));
        InvalidMissionPackageException e = assertThrows(InvalidMissionPackageException.class, () -> reader.read(dir));
        assertThat(e.problems(), hasItem(containsString("not a valid slug")));
    }

    @Test
    void theContentHashChangesWithAnyFileAndOnlyThen(@TempDir Path root) throws Exception {
        Path dir = root.resolve("add-two");
        copy(Path.of("src/test/resources/test-missions/add-two"), dir);
        String first = reader.read(dir).contentHash();
        assertEquals(first, reader.read(dir).contentHash());
        Files.writeString(dir.resolve("description.md"), "Changed.\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(reader.read(dir).contentHash(), not(equalTo(first)));
    }

    @Test
    void limitsTakeDefaultsAndAreCappedByTheServerMaxima() {
        var defaults = dev.sandcastle.sandbox.Limits.DEFAULTS;
        var max = new dev.sandcastle.sandbox.Limits(5_000, 20_000, 30_000, 512L << 20, 1 << 20, 100_000, 1 << 22, 64, 5_000);
        var resolved = MissionPackageReader.resolveLimits(java.util.Map.of("cpuMsPerTest", 9_000L, "codeBytes", 500L), defaults, max);
        assertEquals(5_000, resolved.cpuMsPerTest());
        assertEquals(500, resolved.codeBytes());
        assertEquals(defaults.wallMs(), resolved.wallMs());
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void packagesAreListedInSlugOrderSkippingHiddenFolders(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("b-mission"));
        Files.createDirectories(root.resolve("a-mission"));
        Files.createDirectories(root.resolve(".git"));
        assertThat(reader.packageDirectories(root), hasSize(2));
        assertEquals("a-mission", reader.packageDirectories(root).get(0).getFileName().toString());
    }
}
