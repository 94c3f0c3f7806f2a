package dev.sandcastle.sandbox.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.judge.Checker;
import dev.sandcastle.judge.GradeReport;
import dev.sandcastle.judge.GradeRequest;
import dev.sandcastle.judge.Judge;
import dev.sandcastle.judge.TestCase;
import dev.sandcastle.judge.TestResult;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Workers with {@code sandcastle.sandbox.jit=graal} (ADR 0066): the Truffle optimizing runtime
 * compiles guest code and the whole worker process is metered, so limits still hold when the
 * work is compiled (or hides in compilation), and correct code is still accepted.
 *
 * <p>Runs with {@code -Dsandcastle.test.jit=graal} (as WorkerAttackTest does against graal
 * workers): one such worker trains its compiler for 2-6 minutes of CPU on this 2-core machine,
 * more than a third of the whole suite's budget, for a setting that is not the default.
 */
@EnabledIfSystemProperty(named = "sandcastle.test.jit", matches = "graal")
class GraalWorkerLimitsTest {

    static WorkerSandbox sandbox;

    /** Loaded 2-core machines start a graal worker (JVM, engine, compiler training) in minutes. */
    static final Duration SPAWN = Duration.ofSeconds(400);

    @BeforeAll
    static void startPool() {
        WorkerSandboxConfig defaults = WorkerSandboxConfig.defaults();
        sandbox = new WorkerSandbox(new WorkerSandboxConfig(1, defaults.workerHeapMb(), null, null, SPAWN,
                WorkerSandboxTestSupport.GRACE, WorkerSandboxConfig.Jit.GRAAL));
        // waits for the worker (its start-up trains the compiler): the tests time their own jobs only
        long started = System.nanoTime();
        GradeReport first = Judge.grade(sandbox, tenTests("def solve(n):\n    return n\n", "solve", Limits.DEFAULTS, 5, 5));
        assertEquals(Verdict.ACCEPTED, first.verdict(), first.message());
        System.out.printf("graal worker: first graded submission %d ms after the pool was created%n",
                (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stopPool() {
        sandbox.close();
    }

    private static GradeRequest tenTests(String solution, String entry, Limits limits, long n, long expected) {
        List<TestCase> tests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tests.add(new TestCase(List.of(n), expected, i < 2, "heavy"));
        }
        return new GradeRequest(solution, entry, tests, Checker.EXACT, limits, Policy.DEFAULT);
    }

    @Test
    void aCpuHeavySolutionIsAcceptedAndItsCompiledTestsAreMetered() {
        String solution = "def solve(n):\n    total = 0\n    for i in range(n):\n        total += (i * i) % 7\n    return total\n";
        long n = 200_000;
        long expected = 0;
        for (long i = 0; i < n; i++) {
            expected += (i * i) % 7;
        }
        Limits limits = new Limits(20_000, 60_000, 240_000, 256L << 20, 64 << 10, 64 << 10, 1 << 20, 32, 3_000);
        GradeReport report = Judge.grade(sandbox, tenTests(solution, "solve", limits, n, expected));
        assertEquals(Verdict.ACCEPTED, report.verdict(), report.message());
        long perTests = report.tests().stream().mapToLong(TestResult::cpuMs).sum();
        assertTrue(report.cpuMs() >= perTests, "the run's CPU covers its tests: " + report.cpuMs() + " < " + perTests);
        assertTrue(report.statements() > 10 * n, "statements are still counted under the JIT: " + report.statements());
    }

    @Test
    void anInfiniteLoopStillExceedsItsCpuLimitUnderTheJit() {
        Limits tight = new Limits(1_000, 3_000, 60_000, 256L << 20, 64 << 10, 64 << 10, 1 << 20, 32, 3_000);
        long started = System.nanoTime();
        GradeReport report = Judge.grade(sandbox, tenTests("def solve(n):\n    while True:\n        n += 1\n", "solve", tight, 1, 1));
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(Verdict.TIME_LIMIT_EXCEEDED, report.tests().getFirst().verdict(), report.message());
        // the per-test CPU limit, the reduced grace for the rest, and the wait for a compilation
        // that cannot be interrupted: well below the 60 s wall limit
        assertTrue(tookMs < 30_000, "took " + tookMs + " ms");
        assertTrue(report.cpuMs() <= tight.cpuMsPerSubmission() + 3_000, "metered " + report.cpuMs() + " ms");
    }

    @Test
    void workHiddenInManyCompilationsIsChargedToTheSubmission() {
        // two hundred distinct hot functions (distinct code, so distinct compilations): work
        // the guest causes in the compiler, within one submission's budget
        StringBuilder solution = new StringBuilder();
        for (int k = 0; k < 200; k++) {
            solution.append("def f").append(k).append("(x):\n    t = 0\n    for i in range(x):\n        t += (i * ")
                    .append(k + 1).append(") % 13\n    return t\n");
        }
        solution.append("FS = [").append(String.join(", ", java.util.stream.IntStream.range(0, 200).mapToObj(k -> "f" + k).toList()))
                .append("]\ndef solve(n):\n    total = 0\n    for f in FS:\n        for _ in range(3):\n            total += f(n)\n    return total\n");
        Limits tight = new Limits(2_000, 4_000, 60_000, 256L << 20, 64 << 10, 64 << 10, 1 << 20, 32, 3_000);
        long started = System.nanoTime();
        GradeReport report = Judge.grade(sandbox, tenTests(solution.toString(), "solve", tight, 2_000, -1));
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(report.cpuMs() <= tight.cpuMsPerSubmission() + 3_000, "metered " + report.cpuMs() + " ms");
        assertTrue(tookMs < 40_000, "took " + tookMs + " ms");
        assertEquals(Verdict.ACCEPTED, Judge.grade(sandbox, tenTests("def solve(n):\n    return n\n", "solve",
                Limits.DEFAULTS, 5, 5)).verdict(), "the pool still grades after it");
    }
}
