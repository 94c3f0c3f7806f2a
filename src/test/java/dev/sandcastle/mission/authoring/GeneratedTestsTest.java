package dev.sandcastle.mission.authoring;

import dev.sandcastle.mission.InvalidMissionPackageException;
import dev.sandcastle.mission.MissionPackage;
import dev.sandcastle.mission.MissionPackageReader;
import dev.sandcastle.mission.MissionTest;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.PythonSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publish-time generated tests, in the in-process sandbox (the worker path is PackValidatorTest). */
class GeneratedTestsTest {

    private static PythonSandbox sandbox;
    private static PackageVerifier verifier;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sandbox = new PythonSandbox();
        sandbox.run("import random"); // the engine's first import of random is slow; keep it out of the tests
        verifier = new PackageVerifier(sandbox, Limits.DEFAULTS, PackValidator.SERVER_MAX);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private MissionPackage pkg(long seed, String generator, String reference) throws Exception {
        Path p = Files.createDirectories(dir.resolve("gen-" + seed + "-" + Math.abs(generator.hashCode())));
        Files.writeString(p.resolve("mission.json"), """
                {"title": "Sum", "difficulty": "EASY", "points": 5, "entryPoint": "add",
                 "generator": {"seed": %d, "count": 12, "category": "random"}}""".formatted(seed));
        Files.writeString(p.resolve("description.md"), "Add.");
        Files.writeString(p.resolve("reference.py"), reference);
        Files.writeString(p.resolve("tests.json"), "[{\"args\": [1, 2], \"expected\": 3, \"public\": true}]");
        Files.writeString(p.resolve("generator.py"), generator);
        return new MissionPackageReader().read(p);
    }

    private static final String GENERATOR =
            "def generate(rng, count):\n    return [[rng.randint(-10**6, 10**6), rng.randint(0, 9)] for _ in range(count)]\n";
    private static final String REFERENCE = "def add(a, b):\n    return a + b\n";

    @Test
    void theGeneratorIsDeterministicForItsSeedAndTheReferenceAnswersEveryTest() throws Exception {
        List<MissionTest> first = verifier.withGeneratedTests(pkg(42, GENERATOR, REFERENCE)).tests();
        List<MissionTest> again = verifier.withGeneratedTests(pkg(42, GENERATOR, REFERENCE)).tests();
        List<MissionTest> otherSeed = verifier.withGeneratedTests(pkg(43, GENERATOR, REFERENCE)).tests();
        assertEquals(13, first.size());
        assertEquals(first, again);
        assertNotEquals(first, otherSeed);
        for (MissionTest test : first.subList(1, 13)) {
            assertEquals(false, test.isPublic());
            assertEquals("random", test.category());
            assertEquals(((Number) test.args().get(0)).longValue() + ((Number) test.args().get(1)).longValue(),
                    ((Number) test.expected()).longValue());
        }
        assertTrue(verifier.gradeReference(verifier.withGeneratedTests(pkg(42, GENERATOR, REFERENCE))).isEmpty());
    }

    @Test
    void aGeneratorReturningTheWrongShapeIsRejectedWithTheReason() throws Exception {
        var e = assertThrows(InvalidMissionPackageException.class, () -> verifier.withGeneratedTests(
                pkg(1, "def generate(rng, count):\n    return [rng.random() for _ in range(count)]\n", REFERENCE)));
        assertTrue(e.problems().getFirst().contains("must be a list of arguments"), e.getMessage());
    }

    @Test
    void aReferenceThatFailsOnAGeneratedInputIsRejectedNamingTheInput() throws Exception {
        var e = assertThrows(InvalidMissionPackageException.class, () -> verifier.withGeneratedTests(
                pkg(7, GENERATOR, "def add(a, b):\n    return 1 // 0 if a < 0 else a + b\n")));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("ZeroDivisionError")), e.getMessage());
    }

}
