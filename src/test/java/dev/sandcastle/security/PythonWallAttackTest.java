package dev.sandcastle.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.sandbox.Checker;
import dev.sandcastle.sandbox.GradeReport;
import dev.sandcastle.sandbox.GradeRequest;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.PythonSandbox;
import dev.sandcastle.sandbox.SharedSandbox;
import dev.sandcastle.sandbox.RunResult;
import dev.sandcastle.sandbox.TestCase;
import dev.sandcastle.sandbox.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every attack under {@code src/test/resources/attacks/} that is safe to run in-process
 * through {@link PythonSandbox} and asserts it is contained.
 *
 * <h2>Attack file format</h2>
 * One attack per file, named {@code NNN-short-name.py}. The file starts with header comment
 * lines {@code # key: value} (the header ends at the first line not starting with {@code #}):
 * <ul>
 *   <li>{@code # expect: VERDICT[|VERDICT...]} (required): the verdicts that count as contained.</li>
 *   <li>{@code # about: one line} what the attack tries.</li>
 *   <li>{@code # needs: worker} the attack can kill or wedge its JVM (raise_signal, os._exit,
 *       uncancellable built-ins, heap bombs): never run in-process, only through worker JVMs.</li>
 *   <li>{@code # mode: grade} the file is a solution to grade rather than a snippet to run:
 *       entry point {@code solve} (or {@code # entry: name}), one {@code # test: [args JSON] => expected JSON}
 *       line per test; the cheat must never get ACCEPTED. Without it the file is run as a snippet
 *       ({@code mode: run}).</li>
 * </ul>
 * Every attack must also never print the canary secrets (environment variable
 * {@code SANDCASTLE_CANARY_ENV}, system property {@code sandcastle.canary}, file
 * {@code target/sandcastle-canary/secret.txt}), never write a file, never show a host path or
 * stack trace in its message, and leave the sandbox able to grade a good solution.
 */
class PythonWallAttackTest {

    static final Path CANARY_FILE = Path.of("target", "sandcastle-canary", "secret.txt");
    static final String CANARY_FILE_SECRET = "canary-file-5d1e0b7a93";

    static PythonSandbox sandbox;
    static List<String> canaries;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(CANARY_FILE.getParent());
        Files.writeString(CANARY_FILE, CANARY_FILE_SECRET);
        String env = System.getenv("SANDCASTLE_CANARY_ENV");
        String prop = System.getProperty("sandcastle.canary");
        assertTrue(env != null && prop != null, "the surefire configuration must set the canaries");
        canaries = List.of(env, prop, CANARY_FILE_SECRET);
        sandbox = SharedSandbox.get();
    }

    static Stream<AttackFile> inProcessAttacks() {
        // -Dsandcastle.attacks.only=REGEX narrows the run while developing
        java.util.regex.Pattern only = java.util.regex.Pattern.compile(System.getProperty("sandcastle.attacks.only", ""));
        return AttackFile.load("attacks").stream().filter(a -> !a.needsWorker() && only.matcher(a.name()).find());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inProcessAttacks")
    void attackIsContained(AttackFile attack) throws IOException {
        Set<String> cwdBefore = listing(Path.of("."));
        Set<String> tmpBefore = listing(Path.of(System.getProperty("java.io.tmpdir")));

        String everything;
        Verdict verdict;
        if (attack.grade()) {
            GradeReport report = sandbox.grade(new GradeRequest(attack.source(), attack.entryPoint(), attack.tests(),
                    Checker.EXACT, Limits.DEFAULTS, Policy.DEFAULT));
            verdict = report.verdict();
            everything = report.toString();
            assertNotEquals(Verdict.ACCEPTED, verdict, "a cheat was accepted");
            assertMessageIsClean(report.message());
        } else {
            RunResult result = sandbox.run(attack.source());
            verdict = result.verdict();
            everything = result.stdout() + "\n" + result.stderr() + "\n" + result.message();
            assertMessageIsClean(result.message());
        }
        assertTrue(attack.expected().contains(verdict),
                attack.name() + ": expected " + attack.expected() + " but got " + verdict + "\n" + everything);
        for (String canary : canaries) {
            assertFalse(everything.contains(canary), "a canary secret leaked: " + everything);
        }
        assertEquals(cwdBefore, listing(Path.of(".")), "the working directory changed");
        Set<String> tmpAfter = listing(Path.of(System.getProperty("java.io.tmpdir")));
        tmpAfter.removeAll(tmpBefore);
        assertTrue(tmpAfter.stream().noneMatch(n -> n.startsWith("pwned")), "a file was written to the temp dir");
        assertStillGrades();
    }

    private static void assertMessageIsClean(String message) {
        if (message == null) {
            return;
        }
        assertFalse(message.contains("/root") || message.contains("python-home") || message.contains(".java:")
                || message.contains("\tat ") || message.contains("Exception in thread"), "the message leaks host details: " + message);
    }

    static void assertStillGrades() {
        GradeReport report = sandbox.grade(new GradeRequest("def solve(a, b):\n    return a + b\n", "solve",
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
