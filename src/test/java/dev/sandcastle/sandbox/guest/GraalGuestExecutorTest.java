package dev.sandcastle.sandbox.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.sandbox.CheckOutcome;
import dev.sandcastle.sandbox.CustomCheckBatch;
import dev.sandcastle.sandbox.CustomCheckJob;
import dev.sandcastle.sandbox.ExecutionJob;
import dev.sandcastle.sandbox.ExecutionReport;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.RunResult;
import dev.sandcastle.sandbox.SharedSandbox;
import dev.sandcastle.sandbox.TestExecution;
import dev.sandcastle.sandbox.Verdict;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GraalGuestExecutorTest {

    static GraalGuestExecutor executor;

    @BeforeAll
    static void start() {
        executor = (GraalGuestExecutor) SharedSandbox.get().executor();
    }

    private static ExecutionReport execute(String code, List<List<Object>> args) {
        return executor.execute(new ExecutionJob(code, "solve", args, Limits.DEFAULTS, Policy.DEFAULT));
    }

    private static Limits withCpuPerTest(long ms) {
        Limits d = Limits.DEFAULTS;
        return new Limits(ms, d.cpuMsPerSubmission(), d.wallMs(), d.memoryBytes(), d.outputBytes(), d.codeBytes(),
                d.resultBytes(), d.resultDepth(), d.recursionDepth());
    }

    @Test
    void aSubmissionsCustomChecksRunInOneCheckerContextLoadedOnce() {
        String checker = "seen = []\n\ndef check(args, expected, actual):\n    seen.append(args[0])\n"
                + "    return actual == expected, ','.join(str(a) for a in seen)\n";
        List<CheckOutcome> outcomes = executor.checkAll(new CustomCheckBatch(checker, List.of(
                new CustomCheckBatch.Case(List.of(1L), 1L, 1L),
                new CustomCheckBatch.Case(List.of(2L), 4L, 5L),
                new CustomCheckBatch.Case(List.of(3L), 9L, 9L)), Limits.DEFAULTS));
        assertEquals(3, outcomes.size());
        assertEquals(new CheckOutcome(true, "1", null), outcomes.get(0));
        assertEquals(new CheckOutcome(false, "1,2", null), outcomes.get(1));
        assertEquals(new CheckOutcome(true, "1,2,3", null), outcomes.get(2), "the third call saw the first two: one context");
    }

    @Test
    void aCheckerCallOverItsTimeLimitFailsItsOwnCaseAndTheOthersAreStillChecked() {
        String checker = "def check(args, expected, actual):\n    while args[0] == 2:\n        pass\n    return actual == expected\n";
        List<CheckOutcome> outcomes = executor.checkAll(new CustomCheckBatch(checker, List.of(
                new CustomCheckBatch.Case(List.of(1L), 1L, 1L),
                new CustomCheckBatch.Case(List.of(2L), 4L, 4L),
                new CustomCheckBatch.Case(List.of(3L), 9L, 9L)), withCpuPerTest(300)));
        assertTrue(outcomes.get(0).passed());
        assertTrue(outcomes.get(1).error() != null && !outcomes.get(1).passed(), String.valueOf(outcomes.get(1)));
        assertTrue(outcomes.get(2).passed(), String.valueOf(outcomes.get(2)));
    }

    @Test
    void aCheckerThatFailsToLoadFailsEveryCaseWithTheReason() {
        List<CheckOutcome> outcomes = executor.checkAll(new CustomCheckBatch("def check(args, expected, actual)\n", List.of(
                new CustomCheckBatch.Case(List.of(1L), 1L, 1L),
                new CustomCheckBatch.Case(List.of(2L), 4L, 4L)), Limits.DEFAULTS));
        assertEquals(2, outcomes.size());
        for (CheckOutcome outcome : outcomes) {
            assertTrue(!outcome.passed() && outcome.error().startsWith("checker failed to load"), String.valueOf(outcome));
        }
    }

    @Test
    void aSnippetRunsAndItsOutputIsCaptured() {
        RunResult result = executor.run("print('hello', 6 * 7)", Limits.DEFAULTS, Policy.DEFAULT);
        assertEquals(Verdict.ACCEPTED, result.verdict());
        assertEquals("hello 42\n", result.stdout());
    }

    @Test
    void plainDataRoundTripsWithExactTypes() {
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("big", BigInteger.TEN.pow(30));
        dict.put("none", null);
        List<Object> input = Arrays.asList(1L, -2.5, "text", true, null, List.of(1L, List.of("x")), dict);
        ExecutionReport report = execute("def solve(*args):\n    return list(args)\n", List.of(input));
        TestExecution test = report.tests().get(0);
        assertNull(test.verdict(), test.message());
        assertEquals(input, test.value());
    }

    @Test
    void tuplesComeBackAsLists() {
        ExecutionReport report = execute("def solve():\n    return (1, (2, 3))\n", List.of(List.of()));
        assertEquals(List.of(1L, List.of(2L, 3L)), report.tests().get(0).value());
    }

    @Test
    void inputsAreFreshForEveryTest() {
        String code = "def solve(xs):\n    xs.append(0)\n    return len(xs)\n";
        List<Object> shared = List.of(List.of(1L, 2L));
        ExecutionReport report = execute(code, List.of(shared, shared));
        assertEquals(3L, report.tests().get(0).value());
        assertEquals(3L, report.tests().get(1).value());
    }

    @Test
    void aSubclassOfIntIsReadThroughIntItselfSoItCannotFakeEquality() {
        String code = "class Sneaky(int):\n    def __eq__(self, o):\n        return True\n"
                + "    def __index__(self):\n        return 99\ndef solve():\n    return Sneaky(5)\n";
        TestExecution test = execute(code, List.of(List.of())).tests().get(0);
        assertNull(test.verdict(), test.message());
        assertEquals(5L, test.value());
    }

    @Test
    void standardContainerSubclassesArriveAsThePlainDataTheirBaseTypeHolds() {
        String code = """
                from collections import Counter, OrderedDict, defaultdict, namedtuple
                from enum import IntEnum
                Point = namedtuple('Point', 'x y')
                class Color(IntEnum):
                    RED = 1
                class Lying(dict):
                    def items(self):
                        return [('fake', 1)]
                    def __iter__(self):
                        return iter(['fake'])
                def solve():
                    counts = defaultdict(list)
                    counts['a'].append(1)
                    return [Counter('abca'), Point(1, 2), Color.RED, OrderedDict(z=1), counts, Lying(real=2)]
                """;
        TestExecution test = execute(code, List.of(List.of())).tests().get(0);
        assertNull(test.verdict(), test.message());
        assertEquals(List.of(Map.of("a", 2L, "b", 1L, "c", 1L), List.of(1L, 2L), 1L, Map.of("z", 1L),
                Map.of("a", List.of(1L)), Map.of("real", 2L)), test.value());
    }

    @Test
    void anObjectWithEqAlwaysTrueIsNotPlainData() {
        String code = "class Yes:\n    def __eq__(self, o):\n        return True\ndef solve():\n    return [Yes()]\n";
        assertEquals(Verdict.RUNTIME_ERROR, execute(code, List.of(List.of())).tests().get(0).verdict());
    }

    @Test
    void nonStringDictKeysAreRejected() {
        TestExecution test = execute("def solve():\n    return {1: 2}\n", List.of(List.of())).tests().get(0);
        assertEquals(Verdict.RUNTIME_ERROR, test.verdict());
    }

    @Test
    void tooDeepResultsAreRejected() {
        String code = "def solve():\n    x = []\n    for _ in range(100):\n        x = [x]\n    return x\n";
        TestExecution test = execute(code, List.of(List.of())).tests().get(0);
        assertEquals(Verdict.RUNTIME_ERROR, test.verdict());
        assertTrue(test.message().contains("deeply"), test.message());
    }

    @Test
    void aRuntimeErrorNamesTheExceptionAndLine() {
        TestExecution test = execute("def solve(x):\n    return 1 // x\n", List.of(List.of(0L))).tests().get(0);
        assertEquals(Verdict.RUNTIME_ERROR, test.verdict());
        assertTrue(test.message().startsWith("ZeroDivisionError"), test.message());
        assertTrue(test.message().contains("line 2"), test.message());
    }

    @Test
    void aSyntaxErrorFailsTheLoad() {
        ExecutionReport report = execute("def solve(:\n", List.of(List.of()));
        assertEquals(Verdict.SYNTAX_ERROR, report.loadVerdict());
        assertTrue(report.tests().isEmpty());
    }

    @Test
    void recursionToDepthThreeThousandWorks() {
        String code = "def solve(n):\n    return 0 if n == 0 else 1 + solve(n - 1)\n";
        TestExecution test = execute(code, List.of(List.of(3000L))).tests().get(0);
        assertNull(test.verdict(), test.message());
        assertEquals(3000L, test.value());
    }

    @Test
    void recursionToDepthFiveThousandWorksWhenTheMissionAllowsIt() {
        Limits d = Limits.DEFAULTS;
        Limits deep = new Limits(d.cpuMsPerTest(), d.cpuMsPerSubmission(), d.wallMs(), d.memoryBytes(), d.outputBytes(),
                d.codeBytes(), d.resultBytes(), d.resultDepth(), 5_000);
        String code = "def solve(n):\n    return 0 if n == 0 else 1 + solve(n - 1)\n";
        ExecutionReport report = executor.execute(new ExecutionJob(code, "solve", List.of(List.of(5000L), List.of(1_000_000L)), deep, Policy.DEFAULT));
        assertNull(report.tests().get(0).verdict(), report.tests().get(0).message());
        assertEquals(5000L, report.tests().get(0).value());
        assertEquals(Verdict.RUNTIME_ERROR, report.tests().get(1).verdict());
        assertTrue(report.tests().get(1).message().startsWith("RecursionError"), report.tests().get(1).message());
    }

    @Test
    void aStrSubclassIsRefusedAsADictKeyAndReadAsItsTextAsAValue() {
        String code = "class S(str):\n    def __str__(self):\n        return 'lie'\ndef solve(k):\n    return [{S('a'): 1}, S('b')][k]\n";
        ExecutionReport report = execute(code, List.of(List.of(0L), List.of(1L)));
        assertEquals(Verdict.RUNTIME_ERROR, report.tests().get(0).verdict());
        assertNull(report.tests().get(1).verdict(), report.tests().get(1).message());
        assertEquals("b", report.tests().get(1).value());
    }

    @Test
    void tooLargeResultsAreRejected() {
        TestExecution test = execute("def solve():\n    return 'x' * (2 * 1024 * 1024)\n", List.of(List.of())).tests().get(0);
        assertEquals(Verdict.RUNTIME_ERROR, test.verdict());
        assertTrue(test.message().contains("too large"), test.message());
    }

    @Test
    void specialFloatsAndHugeIntegersCrossTheBoundary() {
        ExecutionReport report = execute("def solve():\n    return [float('inf'), float('-inf'), 2 ** 100, -(2 ** 63)]\n",
                List.of(List.of()));
        assertEquals(List.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, BigInteger.TWO.pow(100), Long.MIN_VALUE),
                report.tests().get(0).value());
    }

    @Test
    void aMissingEntryPointIsARuntimeErrorThatSaysSo() {
        TestExecution test = execute("def other():\n    return 1\n", List.of(List.of())).tests().get(0);
        assertEquals(Verdict.RUNTIME_ERROR, test.verdict());
        assertTrue(test.message().contains("'solve'"), test.message());
    }

    @Test
    void anEndlessLoopIsStoppedAndTheNextTestStillRuns() {
        String code = "def solve(n):\n    while n:\n        pass\n    return 1\n";
        ExecutionReport report = executor.execute(new ExecutionJob(code, "solve",
                List.of(List.of(1L), List.of(0L)), withCpuPerTest(300), Policy.DEFAULT));
        assertEquals(Verdict.TIME_LIMIT_EXCEEDED, report.tests().get(0).verdict());
        assertNull(report.tests().get(1).verdict());
        assertEquals(1L, report.tests().get(1).value());
    }

    @Test
    void anEndlessLoopInEveryTestCostsAboutOnePerTestLimitNotTheSubmissionBudget() {
        String code = "def solve(n):\n    while True:\n        pass\n";
        List<List<Object>> args = List.of(List.of(1L), List.of(2L), List.of(3L), List.of(4L), List.of(5L), List.of(6L));
        ExecutionReport report = executor.execute(new ExecutionJob(code, "solve", args, withCpuPerTest(400), Policy.DEFAULT));
        assertEquals(6, report.tests().size());
        report.tests().forEach(t -> assertEquals(Verdict.TIME_LIMIT_EXCEEDED, t.verdict()));
        // 400 ms for the first test, then 100 ms of grace for the rest (before: 6 x 400 ms)
        assertTrue(report.cpuMs() < 900, "guest CPU " + report.cpuMs() + " ms");
        assertEquals(GraalGuestExecutor.NOT_RUN_AFTER_LIMIT, report.tests().get(5).message());
    }

    @Test
    void quickTestsAfterOneThatRanOutOfTimeStillRunAndPass() {
        String code = "def solve(n):\n    while n < 0:\n        pass\n    return n * 2\n";
        List<List<Object>> args = List.of(List.of(-1L), List.of(1L), List.of(2L), List.of(3L), List.of(4L), List.of(5L));
        ExecutionReport report = executor.execute(new ExecutionJob(code, "solve", args, withCpuPerTest(400), Policy.DEFAULT));
        assertEquals(Verdict.TIME_LIMIT_EXCEEDED, report.tests().get(0).verdict());
        for (int i = 1; i < 6; i++) {
            assertNull(report.tests().get(i).verdict(), "test " + i + ": " + report.tests().get(i).message());
            assertEquals(2L * i, report.tests().get(i).value());
        }
    }

    @Test
    void printingTooMuchIsAnOutputLimitVerdict() {
        ExecutionReport report = execute("def solve():\n    while True:\n        print('x' * 1000)\n", List.of(List.of()));
        assertEquals(Verdict.OUTPUT_LIMIT_EXCEEDED, report.tests().get(0).verdict());
    }

    @Test
    void stdoutIsReportedPerTest() {
        ExecutionReport report = execute("print('load')\ndef solve(x):\n    print('call', x)\n    return x\n",
                List.of(List.of(1L), List.of(2L)));
        assertEquals("load\n", report.loadStdout());
        assertEquals("call 1\n", report.tests().get(0).stdout());
        assertEquals("call 2\n", report.tests().get(1).stdout());
    }

    @Test
    void aCustomCheckerSeesPlainDataAndMayExplain() {
        String checker = "def check(args, expected, actual):\n    return (sum(actual) == args[0], 'sum is ' + str(sum(actual)))\n";
        CheckOutcome outcome = executor.check(new CustomCheckJob(checker, List.of(5L), null, List.of(2L, 3L), Limits.DEFAULTS));
        assertTrue(outcome.passed());
        assertEquals("sum is 5", outcome.message());
        CheckOutcome bool = executor.check(new CustomCheckJob("def check(a, e, r):\n    return r == e\n",
                List.of(), 1L, 2L, Limits.DEFAULTS));
        assertEquals(false, bool.passed());
        assertNull(bool.error());
    }

    @Test
    void aBrokenCustomCheckerReportsAnError() {
        CheckOutcome outcome = executor.check(new CustomCheckJob("def check(a, e, r):\n    return 1 / 0\n",
                List.of(), 1L, 2L, Limits.DEFAULTS));
        assertTrue(outcome.error() != null);
    }

    @Test
    void theSelfTestPasses() {
        SelfTest.Result result = SelfTest.run(executor);
        assertTrue(result.passed(), result.problem());
    }

    @Test
    void importsTheSolutionNamesAreChargedToItEvenInCodeThatNeverRuns() {
        String plain = "def solve():\n    return 1\n";
        String importing = "def never():\n    import typing, dataclasses, decimal, fractions, statistics, json, datetime\n"
                + plain;
        long without = execute(plain, List.of(List.of())).cpuMs();
        long with = execute(importing, List.of(List.of())).cpuMs();
        assertTrue(with > without && with >= 20, "importing: " + with + " ms, plain: " + without + " ms");
    }

    @Test
    void anIntOfTenThousandDigitsEntersTheGuestExactly() {
        BigInteger big = BigInteger.TEN.pow(10_000).add(BigInteger.valueOf(12345)).negate();
        ExecutionReport report = execute("def solve(n):\n    return n % 1000003\n", List.of(List.of(big)));
        TestExecution test = report.tests().get(0);
        assertNull(test.verdict(), test.message());
        assertEquals(big.mod(BigInteger.valueOf(1000003)).longValue(), test.value());
    }

    @Test
    void debugPrintsPastTheOutputLimitDoNotFailACorrectSolutionAndAreCutForDisplay() {
        // 200 KB of debug output: three times the 64 KiB display limit, far below the abuse limit
        ExecutionReport report = execute("def solve(x):\n    for i in range(2000):\n        print('debug', i, '.' * 90)\n    return x\n",
                List.of(List.of(1L), List.of(2L)));
        TestExecution first = report.tests().get(0);
        assertNull(first.verdict(), first.message());
        assertEquals(1L, first.value());
        assertEquals(2L, report.tests().get(1).value());
        assertTrue(first.stdout().length() < 70_000, "kept " + first.stdout().length());
        assertTrue(first.stdout().contains("bytes dropped]"), first.stdout().substring(first.stdout().length() - 200));
    }
}
