package dev.sandcastle.security;

import dev.sandcastle.judge.Judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.judge.Checker;
import dev.sandcastle.judge.GradeReport;
import dev.sandcastle.judge.GradeRequest;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.RunResult;
import dev.sandcastle.sandbox.Sandbox;
import dev.sandcastle.judge.TestCase;
import dev.sandcastle.sandbox.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What every attack test asserts, whichever wall it runs behind: the canaries never leak, no
 * file is written, and the sandbox still grades a good solution afterwards.
 */
final class AttackHarness {

    static final Path CANARY_FILE = Path.of("target", "sandcastle-canary", "secret.txt");
    static final String CANARY_FILE_SECRET = "canary-file-5d1e0b7a93";

    /** The verdict of one attack and everything it showed (output, messages, report). */
    record Outcome(Verdict verdict, String everything, String message) {
    }

    private AttackHarness() {
    }

    /** Plants the canary file and returns the three secrets the surefire configuration and it hold. */
    static List<String> plantCanaries() throws IOException {
        Files.createDirectories(CANARY_FILE.getParent());
        Files.writeString(CANARY_FILE, CANARY_FILE_SECRET);
        String env = System.getenv("SANDCASTLE_CANARY_ENV");
        String prop = System.getProperty("sandcastle.canary");
        assertTrue(env != null && prop != null, "the surefire configuration must set the canaries");
        return List.of(env, prop, CANARY_FILE_SECRET);
    }

    /** Runs or grades the attack, asserting no canary leaked, no file was written and a cheat was not accepted. */
    static Outcome contain(Sandbox sandbox, AttackFile attack, Limits limits, List<String> canaries) throws IOException {
        Set<String> cwdBefore = listing(Path.of("."));
        Set<String> tmpBefore = listing(Path.of(System.getProperty("java.io.tmpdir")));
        Outcome outcome;
        if (attack.grade()) {
            GradeReport report = Judge.grade(sandbox, new GradeRequest(attack.source(), attack.entryPoint(), attack.tests(),
                    Checker.EXACT, limits, Policy.DEFAULT));
            outcome = new Outcome(report.verdict(), report.toString(), report.message());
            assertNotEquals(Verdict.ACCEPTED, outcome.verdict(), "a cheat was accepted");
        } else {
            RunResult result = sandbox.run(attack.source(), limits, Policy.DEFAULT);
            outcome = new Outcome(result.verdict(), result.stdout() + "\n" + result.stderr() + "\n" + result.message(),
                    result.message());
        }
        for (String canary : canaries) {
            assertFalse(outcome.everything().contains(canary), "a canary secret leaked: " + outcome.everything());
        }
        assertEquals(cwdBefore, listing(Path.of(".")), "the working directory changed");
        Set<String> tmpAfter = listing(Path.of(System.getProperty("java.io.tmpdir")));
        tmpAfter.removeAll(tmpBefore);
        assertTrue(tmpAfter.stream().noneMatch(n -> n.startsWith("pwned")), "a file was written to the temp dir: " + tmpAfter);
        return outcome;
    }

    static void assertStillGrades(Sandbox sandbox) {
        GradeReport report = Judge.grade(sandbox, new GradeRequest("def solve(a, b):\n    return a + b\n", "solve",
                List.of(new TestCase(List.of(1L, 2L), 3L, true, "basic"), new TestCase(List.of(20L, 22L), 42L, false, "basic")),
                Checker.EXACT, Limits.DEFAULTS, Policy.DEFAULT));
        assertEquals(Verdict.ACCEPTED, report.verdict(), "the sandbox no longer grades: " + report);
    }

    private static Set<String> listing(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return new TreeSet<>(entries.map(p -> p.getFileName().toString()).toList());
        }
    }
}
