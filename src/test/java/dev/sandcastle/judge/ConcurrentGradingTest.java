package dev.sandcastle.judge;

import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.PythonSandbox;
import dev.sandcastle.sandbox.Verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Guests share one engine but never a context: bombs and endless loops graded at the same
 * moment as good solutions get their own verdicts, and the good ones still pass.
 */
class ConcurrentGradingTest {

    private static final List<TestCase> TESTS = List.of(
            new TestCase(List.of(2L, 3L), 5L, true, "basic"), new TestCase(List.of(40L, 2L), 42L, false, "basic"));

    private static GradeRequest request(String code) {
        Limits d = Limits.DEFAULTS;
        Limits limits = new Limits(1_000, 3_000, 30_000, 64L << 20, d.outputBytes(), d.codeBytes(),
                d.resultBytes(), d.resultDepth(), d.recursionDepth());
        return new GradeRequest(code, "solve", TESTS, Checker.EXACT, limits, Policy.DEFAULT);
    }

    @Test
    void twoBombsAndALoopDoNotDisturbTwoGoodSolutionsGradedAtTheSameTime() throws Exception {
        String good = "def solve(a, b):\n    return a + b\n";
        String goodToo = "def solve(a, b):\n    total = 0\n    for x in (a, b):\n        total += x\n    return total\n";
        String bomb = "def solve(a, b):\n    x = []\n    while True:\n        x.append([0] * 1000000)\n";
        String loop = "def solve(a, b):\n    while True:\n        pass\n";
        try (PythonSandbox sandbox = new PythonSandbox()) {
            sandbox.run("pass");
            ExecutorService pool = Executors.newFixedThreadPool(5);
            try {
                List<Future<GradeReport>> futures = new ArrayList<>();
                for (String code : List.of(bomb, good, loop, goodToo, bomb)) {
                    futures.add(pool.submit(() -> Judge.grade(sandbox, request(code))));
                }
                // a bomb is stopped by the memory watchdog, or on a starved machine by its CPU or wall limit
                // first (attack 107 pins MEMORY_LIMIT_EXCEEDED alone); what matters here is its neighbours
                Set<Verdict> stopped = Set.of(Verdict.MEMORY_LIMIT_EXCEEDED, Verdict.TIME_LIMIT_EXCEEDED);
                assertTrue(stopped.contains(futures.get(0).get().verdict()), futures.get(0).get().toString());
                assertEquals(Verdict.ACCEPTED, futures.get(1).get().verdict(), futures.get(1).get().toString());
                assertEquals(Verdict.TIME_LIMIT_EXCEEDED, futures.get(2).get().verdict());
                assertEquals(Verdict.ACCEPTED, futures.get(3).get().verdict(), futures.get(3).get().toString());
                assertTrue(stopped.contains(futures.get(4).get().verdict()), futures.get(4).get().toString());
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
