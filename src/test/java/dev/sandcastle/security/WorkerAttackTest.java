package dev.sandcastle.security;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Verdict;
import dev.sandcastle.sandbox.worker.WorkerSandbox;
import dev.sandcastle.sandbox.worker.WorkerSandboxConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs EVERY attack under {@code src/test/resources/attacks/} (format: see
 * {@link PythonWallAttackTest}), including the JVM killers marked {@code needs: worker},
 * through the production {@link WorkerSandbox}: real worker JVMs, real confinement, wall clock
 * enforced from outside. Each attack must get an expected verdict, never leak a canary, never
 * write a file, and leave the pool able to grade a good solution.
 */
class WorkerAttackTest {

    /**
     * The default limits but a longer wall: on a contended CI host a memory bomb must reach its
     * allocation budget (bounded by 2 s of CPU) before the wall, or it is honestly a TLE.
     * Killers do not wait for it: the executor abandons them after their CPU limit and the
     * worker is retired.
     */
    static final Limits ATTACK_LIMITS = new Limits(2_000, 10_000, 40_000, 256L << 20, 64 << 10, 64 << 10, 1 << 20, 32, 3_000);

    /**
     * Verdicts accepted on top of a file's own {@code expect} line, where the executor's actual
     * (contained) behaviour differs from what the file's author expected. Each entry is
     * reported to the file's owner; remove it once the file is fixed.
     */
    static final java.util.Map<String, Set<Verdict>> ALSO_ACCEPTED = java.util.Map.of();

    static WorkerSandbox sandbox;
    static List<String> canaries;

    @BeforeAll
    static void start() throws IOException {
        canaries = AttackHarness.plantCanaries();
        WorkerSandboxConfig defaults = WorkerSandboxConfig.defaults();
        // -Dsandcastle.test.jit=graal runs every attack against workers with the optimizing runtime (ADR 0066)
        WorkerSandboxConfig.Jit jit = WorkerSandboxConfig.Jit.valueOf(
                System.getProperty("sandcastle.test.jit", defaults.jit().name()).toUpperCase(java.util.Locale.ROOT));
        sandbox = new WorkerSandbox(new WorkerSandboxConfig(2, defaults.workerHeapMb(), null, null,
                Duration.ofSeconds(jit == WorkerSandboxConfig.Jit.GRAAL ? 400 : 120), Duration.ofSeconds(1), jit));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    static Stream<AttackFile> allAttacks() {
        // -Dsandcastle.attacks.only=substring or -Dsandcastle.attacks.match=regex narrow the run
        String only = System.getProperty("sandcastle.attacks.only", "");
        String match = System.getProperty("sandcastle.attacks.match", ".*");
        return AttackFile.load("attacks").stream().filter(a -> a.name().contains(only) && a.name().matches(match));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allAttacks")
    void attackIsContainedByTheWorkerSandbox(AttackFile attack) throws IOException {
        AttackHarness.Outcome outcome = AttackHarness.contain(sandbox, attack, attack.limits(ATTACK_LIMITS), canaries);
        Verdict verdict = outcome.verdict();
        assertNotEquals(Verdict.INTERNAL_ERROR, verdict, "an attack must never look like a grader crash: " + outcome.everything());
        assertTrue(attack.expected().contains(verdict) || ALSO_ACCEPTED.getOrDefault(attack.name(), Set.of()).contains(verdict),
                attack.name() + ": expected " + attack.expected() + " but got " + verdict + "\n" + outcome.everything());
        AttackHarness.assertStillGrades(sandbox);
        assertTrue(sandbox.status().ready(), "the sandbox is no longer ready");
    }
}
