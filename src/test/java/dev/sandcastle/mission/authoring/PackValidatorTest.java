package dev.sandcastle.mission.authoring;

import dev.sandcastle.sandbox.worker.WorkerSandbox;
import dev.sandcastle.sandbox.worker.WorkerSandboxConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CI runs the authors' validator over the whole pack with the production worker sandbox (one
 * sandbox, two workers, for everything), and over a deliberately broken package.
 */
class PackValidatorTest {

    private static WorkerSandbox sandbox;
    private static PackValidator validator;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        sandbox = new WorkerSandbox(new WorkerSandboxConfig(2, 768, null, null, Duration.ofSeconds(120),
                Duration.ofSeconds(2)));
        validator = new PackValidator(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void everyPackageOfTheMissionPackPasses() throws Exception {
        Path pack = Path.of("missions");
        List<PackValidator.Result> results = validator.validate(pack, 2);
        String report = report(results, pack);
        assertTrue(results.size() >= 25, report);
        assertTrue(results.stream().allMatch(PackValidator.Result::ok), report);
        assertTrue(results.stream().filter(r -> r.generated() > 0).count() >= 3, report);
        assertTrue(report.contains("0 failed"), report);
    }

    @Test
    void aBrokenPackageFailsWithEachProblemNamed() throws Exception {
        Path packages = Files.createDirectories(temp.resolve("packages"));
        Path good = copy(Path.of("src/test/resources/test-missions/add-two"), packages.resolve("add-two"));
        Path broken = copy(good, packages.resolve("add-two-broken"));
        // wrong for negative numbers only: the public examples still pass
        Files.writeString(broken.resolve("reference.py"), "def add(a, b):\n    return abs(a) + b\n");
        Path unreadable = Files.createDirectories(packages.resolve("no-reference"));
        Files.copy(good.resolve("mission.json"), unreadable.resolve("mission.json"));

        List<PackValidator.Result> results = validator.validate(packages, 2);
        String report = report(results, packages);
        assertEquals(List.of("add-two", "add-two-broken", "no-reference"),
                results.stream().map(PackValidator.Result::slug).toList(), report);
        assertTrue(results.get(0).ok(), report);
        assertFalse(results.get(1).ok(), report);
        assertTrue(report.contains("FAIL  add-two-broken"), report);
        assertTrue(results.get(1).problems().stream().anyMatch(p -> p.contains("hidden") && p.contains("WRONG_ANSWER")
                && p.contains("expected")), report);
        assertTrue(results.get(2).problems().containsAll(List.of("reference.py is missing", "tests.json is missing")), report);
        assertTrue(report.contains("1 OK, 2 failed"), report);
    }

    private static String report(List<PackValidator.Result> results, Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PackValidator.print(results, new PrintStream(bytes, true, StandardCharsets.UTF_8), dir, 0);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }
}
