package dev.sandcastle.sandbox.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.sandbox.ExecutionJob;
import dev.sandcastle.sandbox.ExecutionReport;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.SharedSandbox;
import dev.sandcastle.sandbox.TestExecution;
import dev.sandcastle.sandbox.Verdict;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Statements executed (ADR 0003): deterministic, per test and in total, player code only. */
class StatementCountTest {

    static GraalGuestExecutor executor;

    @BeforeAll
    static void start() {
        executor = (GraalGuestExecutor) SharedSandbox.get().executor();
    }

    private static ExecutionReport execute(String code, List<List<Object>> args) {
        return executor.execute(new ExecutionJob(code, "solve", args, Limits.DEFAULTS, Policy.DEFAULT));
    }

    private static long statementsOf(String code, long n) {
        ExecutionReport report = execute(code, List.of(List.of(n)));
        assertNull(report.loadVerdict(), report.loadMessage());
        TestExecution test = report.tests().getFirst();
        assertNull(test.verdict(), test.message());
        return test.statements();
    }

    private static final String LOOP = """
            def solve(n):
                total = 0
                for i in range(n):
                    total += i
                return total
            """;

    @Test
    void theSameSolutionOnTheSameTestsCountsTheSameTwice() {
        String code = """
                import heapq
                class Box:
                    def __init__(self, v):
                        self._v = v
                    def value(self):
                        return self._v
                def solve(n):
                    heap = []
                    for i in range(n):
                        heapq.heappush(heap, (i * 7919) % n)
                    boxes = [Box(x) for x in heap]
                    return '{}'.format(sum(b.value() for b in boxes))
                """;
        List<List<Object>> args = List.of(List.of(50L), List.of(500L), List.of(5L));
        ExecutionReport first = execute(code, args);
        ExecutionReport second = execute(code, args);
        assertTrue(first.statements() > 0, "counted: " + first.statements());
        assertEquals(first.statements(), second.statements());
        for (int i = 0; i < args.size(); i++) {
            assertNull(first.tests().get(i).verdict(), first.tests().get(i).message());
            assertEquals(first.tests().get(i).statements(), second.tests().get(i).statements());
        }
    }

    @Test
    void aLoopOfAThousandIterationsCountsMoreThanALoopOfTen() {
        long ten = statementsOf(LOOP, 10);
        long thousand = statementsOf(LOOP, 1000);
        assertTrue(ten > 10, "ten iterations: " + ten);
        assertTrue(thousand > 50 * ten, "ten: " + ten + ", thousand: " + thousand);
    }

    @Test
    void aFasterAlgorithmExecutesFewerStatements() {
        String linear = """
                def solve(n):
                    items = list(range(n))
                    target = n - 1
                    for i in range(len(items)):
                        if items[i] == target:
                            return i
                    return -1
                """;
        String binary = """
                def solve(n):
                    items = list(range(n))
                    target = n - 1
                    lo, hi = 0, len(items) - 1
                    while lo <= hi:
                        mid = (lo + hi) // 2
                        if items[mid] == target:
                            return mid
                        if items[mid] < target:
                            lo = mid + 1
                        else:
                            hi = mid - 1
                    return -1
                """;
        long slow = statementsOf(linear, 4096);
        long fast = statementsOf(binary, 4096);
        assertTrue(fast * 20 < slow, "binary: " + fast + ", linear: " + slow);
    }

    @Test
    void onlyThePlayersStatementsCountNotTheWallNorThePreparation() {
        // module body: the import and the def; each call: the return. Nothing of the wall's own
        // calls, argument building, result checking or pre-imports shows up.
        ExecutionReport report = execute("import re\ndef solve(n):\n    return n\n", List.of(List.of(1L), List.of(2L)));
        assertEquals(1, report.tests().get(0).statements());
        assertEquals(1, report.tests().get(1).statements());
        assertEquals(2 + 1 + 1, report.statements());
    }

    @Test
    void theTotalIsTheModuleBodyPlusEveryTest() {
        String code = "x = 1\ny = 2\nz = 3\n" + LOOP;
        ExecutionReport report = execute(code, List.of(List.of(3L), List.of(30L)));
        long tests = report.tests().stream().mapToLong(TestExecution::statements).sum();
        assertEquals(4 + tests, report.statements());
    }

    @Test
    void aLoopWrittenOnOneLineCountsLikeTheSameLoopOnTwo() {
        String oneLine = """
                def solve(n):
                    total = 0
                    for i in range(n): total += i; total -= 0
                    return total
                """;
        String twoLines = """
                def solve(n):
                    total = 0
                    for i in range(n):
                        total += i
                        total -= 0
                    return total
                """;
        assertEquals(statementsOf(twoLines, 100), statementsOf(oneLine, 100));
    }

    @Test
    void guardedAttributesAndNonAsciiTextAreCountedAndErrorsKeepThePlayersLines() {
        String code = """
                class Counter:
                    def __init__(self): self._n = 0; self.label = 'zähler'
                    def bump(self): self._n += 1; return self._n
                def solve(n):
                    c = Counter()
                    for _ in range(n): c.bump()
                    if n > 100: return 1 // (c._n - c._n)
                    return '{}:{}'.format(c.label, c._n)
                """;
        ExecutionReport report = execute(code, List.of(List.of(10L), List.of(200L)));
        TestExecution ok = report.tests().get(0);
        assertNull(ok.verdict(), ok.message());
        assertEquals("zähler:10", ok.value());
        assertTrue(ok.statements() > 30, "counted: " + ok.statements());
        TestExecution failed = report.tests().get(1);
        assertEquals(Verdict.RUNTIME_ERROR, failed.verdict());
        assertEquals("ZeroDivisionError: integer division or modulo by zero (line 7)", failed.message());
        assertTrue(failed.statements() > ok.statements());
    }

    @Test
    void concurrentRunsOnTheSharedEngineDoNotMixTheirCounts() throws Exception {
        long alone = statementsOf(LOOP, 2000);
        long small = statementsOf(LOOP, 20);
        List<CompletableFuture<Long>> runs = List.of(
                CompletableFuture.supplyAsync(() -> statementsOf(LOOP, 2000)),
                CompletableFuture.supplyAsync(() -> statementsOf(LOOP, 20)),
                CompletableFuture.supplyAsync(() -> statementsOf(LOOP, 2000)));
        assertEquals(alone, runs.get(0).get());
        assertEquals(small, runs.get(1).get());
        assertEquals(alone, runs.get(2).get());
    }

    @Test
    void aSolutionWhoseTextCannotBeRebuiltStillRunsButIsNotCounted() {
        // the guarded load spans a line break after the dot: the wall compiles the tree as before
        String code = "class A:\n    def __init__(self):\n        self._x = 1\n"
                + "def solve(n):\n    a = A()\n    return (a.\n            _x) + n\n";
        ExecutionReport report = execute(code, List.of(List.of(1L)));
        assertEquals(2L, report.tests().getFirst().value());
        assertEquals(GraalGuestExecutor.STATEMENTS_NOT_MEASURED, report.tests().getFirst().statements());
        assertEquals(GraalGuestExecutor.STATEMENTS_NOT_MEASURED, report.statements());
    }

    @Test
    void aContextPreparedAheadOnAnotherThreadCountsTheSame() throws Exception {
        long fresh = statementsOf(LOOP, 300);
        Thread preparer = new Thread(executor::prepareAhead);
        preparer.start();
        preparer.join();
        assertTrue(executor.hasPreparedSession());
        assertEquals(fresh, statementsOf(LOOP, 300));
    }

    @Test
    void withCountingOffEveryReportSaysNotMeasured() {
        try (GraalGuestExecutor uncounted = new GraalGuestExecutor(false)) {
            ExecutionReport report = uncounted.execute(
                    new ExecutionJob(LOOP, "solve", List.of(List.of(10L)), Limits.DEFAULTS, Policy.DEFAULT));
            assertEquals(45L, report.tests().getFirst().value());
            assertEquals(GraalGuestExecutor.STATEMENTS_NOT_MEASURED, report.tests().getFirst().statements());
            assertEquals(GraalGuestExecutor.STATEMENTS_NOT_MEASURED, report.statements());
        }
    }

    @Test
    void aSolutionThatFailsToLoadReportsNoStatements() {
        ExecutionReport report = execute("def solve(n):\n    return n\nraise ValueError('no')\n", List.of(List.of(1L)));
        assertEquals(Verdict.RUNTIME_ERROR, report.loadVerdict());
        assertEquals(GraalGuestExecutor.STATEMENTS_NOT_MEASURED, report.statements());
    }
}
