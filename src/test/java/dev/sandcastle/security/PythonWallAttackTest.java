package dev.sandcastle.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.PythonSandbox;
import dev.sandcastle.sandbox.SharedSandbox;
import java.io.IOException;
import java.util.List;
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
 *   <li>An attack that reaches what the Python wall hides prints {@code WALL-BREACHED} and what it
 *       reached; the test fails on that marker whatever the verdict.</li>
 *   <li>{@code # cpu-ms-per-test: N} a CPU limit per test instead of the harness's, for a
 *       memory bomb that must meet its memory limit before its CPU limit.</li>
 * </ul>
 * Every attack must also never print the canary secrets (environment variable
 * {@code SANDCASTLE_CANARY_ENV}, system property {@code sandcastle.canary}, file
 * {@code target/sandcastle-canary/secret.txt}), never write a file, never show a host path or
 * stack trace in its message, and leave the sandbox able to grade a good solution.
 */
class PythonWallAttackTest {

    static PythonSandbox sandbox;
    static List<String> canaries;

    @BeforeAll
    static void start() throws IOException {
        canaries = AttackHarness.plantCanaries();
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
        AttackHarness.Outcome outcome = AttackHarness.contain(sandbox, attack, attack.limits(Limits.DEFAULTS), canaries);
        assertMessageIsClean(outcome.message());
        // an attack prints this marker when it reached what the wall hides (real builtins,
        // frames, a library module's globals, code generated from its text)
        assertFalse(outcome.everything().contains("WALL-BREACHED"), attack.name() + ": the wall was bypassed\n" + outcome.everything());
        assertTrue(attack.expected().contains(outcome.verdict()),
                attack.name() + ": expected " + attack.expected() + " but got " + outcome.verdict() + "\n" + outcome.everything());
        AttackHarness.assertStillGrades(sandbox);
    }

    private static void assertMessageIsClean(String message) {
        if (message == null) {
            return;
        }
        assertFalse(message.contains("/root") || message.contains("python-home") || message.contains(".java:")
                || message.contains("\tat ") || message.contains("Exception in thread"), "the message leaks host details: " + message);
    }
}
