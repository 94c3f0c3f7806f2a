package dev.sandcastle.judge;

import dev.sandcastle.sandbox.CheckOutcome;
import dev.sandcastle.sandbox.CustomCheckBatch;
import dev.sandcastle.sandbox.CustomCheckJob;
import dev.sandcastle.sandbox.ExecutionJob;
import dev.sandcastle.sandbox.ExecutionReport;
import dev.sandcastle.sandbox.GuestExecutor;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.RunResult;
import dev.sandcastle.sandbox.TestExecution;
import dev.sandcastle.sandbox.Verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class JudgeTest {

    /** Returns canned executions and remembers the job it was given. */
    static final class FakeExecutor implements GuestExecutor {
        final List<ExecutionJob> jobs = new ArrayList<>();
        final List<CustomCheckJob> checks = new ArrayList<>();
        final List<CustomCheckBatch> batches = new ArrayList<>();
        final Function<ExecutionJob, ExecutionReport> answer;
        Function<CustomCheckJob, CheckOutcome> checker = job -> new CheckOutcome(true, "ok", null);

        FakeExecutor(Function<ExecutionJob, ExecutionReport> answer) {
            this.answer = answer;
        }

        @Override
        public RunResult run(String code, Limits limits, Policy policy) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ExecutionReport execute(ExecutionJob job) {
            jobs.add(job);
            return answer.apply(job);
        }

        @Override
        public CheckOutcome check(CustomCheckJob job) {
            checks.add(job);
            return checker.apply(job);
        }

        @Override
        public List<CheckOutcome> checkAll(CustomCheckBatch batch) {
            batches.add(batch);
            return batch.checkEach(this);
        }

        @Override
        public void close() {
        }
    }

    private static TestExecution returned(Object value) {
        return new TestExecution(null, value, 3, -1, "out", null);
    }

    private static ExecutionReport ran(TestExecution... tests) {
        return new ExecutionReport(null, null, "", List.of(tests), 9, -1);
    }

    private static GradeRequest request(Checker checker, TestCase... tests) {
        return new GradeRequest("def solve(x): ...", "solve", List.of(tests), checker, Limits.DEFAULTS, Policy.DEFAULT);
    }

    @Test
    void aCustomCheckerIsAskedOnceASubmissionForTheTestsWhoseResultItJudges() {
        FakeExecutor executor = new FakeExecutor(job -> ran(returned(1L),
                new TestExecution(Verdict.RUNTIME_ERROR, null, 3, -1, "", "ZeroDivisionError: division by zero"),
                returned(9L)));
        GradeReport report = Judge.grade(executor, request(Checker.custom("def check(a, e, r):\n    return True\n"),
                new TestCase(List.of(1L), 1L, true, "basic"), new TestCase(List.of(2L), 4L, true, "basic"),
                new TestCase(List.of(3L), 9L, false, "edge")));
        assertEquals(1, executor.batches.size(), "one checker call for the whole submission");
        assertEquals(2, executor.batches.getFirst().cases().size(), "the test that failed to run is not checked");
        assertEquals(9L, executor.batches.getFirst().cases().get(1).actual());
        assertEquals(Verdict.RUNTIME_ERROR, report.verdict());
        assertEquals(List.of(Verdict.ACCEPTED, Verdict.RUNTIME_ERROR, Verdict.ACCEPTED),
                report.tests().stream().map(TestResult::verdict).toList());
    }

    @Test
    void theJobCarriesInputsButNeverExpectedAnswers() {
        FakeExecutor fake = new FakeExecutor(job -> ran(returned(42L), returned(43L)));
        Judge.grade(fake, request(Checker.EXACT,
                new TestCase(List.of(1L), "SECRET-ANSWER-1", true, "basic"),
                new TestCase(List.of(2L), "SECRET-ANSWER-2", false, "edge")));
        ExecutionJob job = fake.jobs.get(0);
        assertEquals(List.of(List.of(1L), List.of(2L)), job.argsPerTest());
        assertFalse(job.toString().contains("SECRET-ANSWER"));
    }

    @Test
    void allMatchingResultsAreAccepted() {
        FakeExecutor fake = new FakeExecutor(job -> ran(returned(2L), returned(List.of(1L, 2L))));
        GradeReport report = Judge.grade(fake, request(Checker.EXACT,
                new TestCase(List.of(1L), 2L, true, "basic"),
                new TestCase(List.of(2L), List.of(1L, 2L), true, "basic")));
        assertEquals(Verdict.ACCEPTED, report.verdict());
        assertEquals(2, report.tests().size());
        assertTrue(report.tests().stream().allMatch(t -> t.verdict() == Verdict.ACCEPTED));
        assertEquals(9, report.cpuMs());
    }

    @Test
    void overallVerdictIsTheFirstFailingTest() {
        FakeExecutor fake = new FakeExecutor(job -> ran(returned(2L),
                new TestExecution(Verdict.RUNTIME_ERROR, null, 1, -1, "", "ZeroDivisionError: division by zero (line 2)"),
                returned(5L)));
        GradeReport report = Judge.grade(fake, request(Checker.EXACT,
                new TestCase(List.of(1L), 2L, true, "basic"),
                new TestCase(List.of(2L), 3L, true, "basic"),
                new TestCase(List.of(3L), 4L, true, "basic")));
        assertEquals(Verdict.RUNTIME_ERROR, report.verdict());
        assertEquals(Verdict.WRONG_ANSWER, report.tests().get(2).verdict());
        assertTrue(report.message().contains("test 2"));
    }

    @Test
    void aWrongTypeIsAWrongAnswer() {
        FakeExecutor fake = new FakeExecutor(job -> ran(returned(true)));
        GradeReport report = Judge.grade(fake, request(Checker.EXACT, new TestCase(List.of(), 1L, true, "basic")));
        assertEquals(Verdict.WRONG_ANSWER, report.verdict());
    }

    @Test
    void hiddenTestsShowNoActualNoStdoutAndNoExceptionText() {
        FakeExecutor fake = new FakeExecutor(job -> ran(
                returned("leaky"),
                new TestExecution(Verdict.RUNTIME_ERROR, null, 1, -1, "printed SECRET", "KeyError: 'SECRET-INPUT' (line 3)"),
                new TestExecution(Verdict.RUNTIME_ERROR, null, 1, -1, "", "SECRETINPUT: boom")));
        GradeReport report = Judge.grade(fake, request(Checker.EXACT,
                new TestCase(List.of("SECRET-INPUT"), "other", false, "hidden"),
                new TestCase(List.of("SECRET-INPUT"), "x", false, "hidden"),
                new TestCase(List.of("SECRET-INPUT"), "x", false, "hidden")));
        TestResult wrong = report.tests().get(0);
        assertNull(wrong.actual());
        assertNull(wrong.stdout());
        assertEquals(Verdict.WRONG_ANSWER.wording(), wrong.message());
        assertEquals("KeyError", report.tests().get(1).message());
        assertEquals(Verdict.RUNTIME_ERROR.wording(), report.tests().get(2).message());
        assertFalse(report.toString().contains("SECRET"));
    }

    @Test
    void publicTestsShowActualStdoutAndMessage() {
        FakeExecutor fake = new FakeExecutor(job -> ran(returned(7L)));
        TestResult result = Judge.grade(fake, request(Checker.EXACT, new TestCase(List.of(), 8L, true, "basic"))).tests().get(0);
        assertEquals(7L, result.actual());
        assertEquals("out", result.stdout());
        assertEquals("basic", result.category());
    }

    @Test
    void aLoadFailureIsTheOverallVerdictWithNoTests() {
        FakeExecutor fake = new FakeExecutor(job -> new ExecutionReport(
                Verdict.SYNTAX_ERROR, "line 1: invalid syntax", "", List.of(), 0, -1));
        GradeReport report = Judge.grade(fake, request(Checker.EXACT, new TestCase(List.of(), 1L, true, "basic")));
        assertEquals(Verdict.SYNTAX_ERROR, report.verdict());
        assertEquals("line 1: invalid syntax", report.message());
        assertTrue(report.tests().isEmpty());
    }

    @Test
    void customCheckerGetsPlainDataAndItsMessage() {
        FakeExecutor fake = new FakeExecutor(job -> ran(returned(List.of(3L, 4L))));
        fake.checker = job -> new CheckOutcome(false, "sum must be 8", null);
        GradeReport report = Judge.grade(fake, request(Checker.custom("def check(a, e, r): return False"),
                new TestCase(List.of(8L), 8L, true, "basic")));
        assertEquals(Verdict.WRONG_ANSWER, report.verdict());
        assertEquals("sum must be 8", report.tests().get(0).message());
        CustomCheckJob job = fake.checks.get(0);
        assertEquals(List.of(8L), job.args());
        assertEquals(8L, job.expected());
        assertEquals(List.of(3L, 4L), job.actual());
    }

    @Test
    void aFailingCustomCheckerIsAnInternalErrorNotThePlayersFault() {
        FakeExecutor fake = new FakeExecutor(job -> ran(returned(1L)));
        fake.checker = job -> new CheckOutcome(false, null, "checker failed: NameError");
        GradeReport report = Judge.grade(fake, request(Checker.custom("x"), new TestCase(List.of(), 1L, true, "basic")));
        assertEquals(Verdict.INTERNAL_ERROR, report.verdict());
    }

    @Test
    void floatAndUnorderedCheckersAreSelectedByKind() {
        FakeExecutor fake = new FakeExecutor(job -> ran(returned(0.30000000000000004), returned(List.of(2L, 1L))));
        GradeReport floats = Judge.grade(fake, request(Checker.floats(1e-9, 0),
                new TestCase(List.of(), 0.3, true, "basic"), new TestCase(List.of(), List.of(1L, 2L), true, "basic")));
        assertEquals(Verdict.ACCEPTED, floats.tests().get(0).verdict());
        assertEquals(Verdict.WRONG_ANSWER, floats.tests().get(1).verdict());
        GradeReport unordered = Judge.grade(fake, request(Checker.unordered(),
                new TestCase(List.of(), 0.30000000000000004, true, "basic"), new TestCase(List.of(), List.of(1L, 2L), true, "basic")));
        assertEquals(Verdict.ACCEPTED, unordered.tests().get(1).verdict());
    }

    @Test
    void aTestTheGuestSideReportsAsAcceptedFailsUnlessTheGraderCheckedItsValue() {
        FakeExecutor fake = new FakeExecutor(job -> ran(
                new TestExecution(Verdict.ACCEPTED, null, 1, -1, "", "all good, trust me"),
                returned(2L)));
        GradeReport report = Judge.grade(fake, request(Checker.EXACT,
                new TestCase(List.of(1L), 2L, false, "basic"),
                new TestCase(List.of(2L), 3L, true, "basic")));
        assertEquals(Verdict.POLICY_VIOLATION, report.tests().get(0).verdict());
        assertEquals(Verdict.WRONG_ANSWER, report.tests().get(1).verdict());
        assertEquals(Verdict.POLICY_VIOLATION, report.verdict());
    }

    @Test
    void aLoadThatTheGuestSideReportsAsAcceptedIsAFailure() {
        FakeExecutor fake = new FakeExecutor(job -> new ExecutionReport(Verdict.ACCEPTED, "fine", "", List.of(), 1, -1));
        GradeReport report = Judge.grade(fake, request(Checker.EXACT, new TestCase(List.of(1L), 2L, true, "basic")));
        assertEquals(Verdict.POLICY_VIOLATION, report.verdict());
        assertTrue(report.tests().isEmpty());
    }

    @Test
    void aResultBeyondTheLimitsFailsInTheHostWhateverTheGuestSideChecked() {
        java.math.BigInteger huge = java.math.BigInteger.ONE.shiftLeft(8_000_000);
        Object deep = 1L;
        for (int i = 0; i < 40; i++) {
            deep = List.of(deep);
        }
        Object tooDeep = deep;
        FakeExecutor fake = new FakeExecutor(job -> ran(returned(huge), returned(tooDeep), returned("x".repeat(2 << 20))));
        GradeReport report = Judge.grade(fake, request(Checker.EXACT,
                new TestCase(List.of(1L), 2L, true, "basic"),
                new TestCase(List.of(1L), 2L, true, "basic"),
                new TestCase(List.of(1L), 2L, true, "basic")));
        assertTrue(report.tests().stream().allMatch(t -> t.verdict() == Verdict.RUNTIME_ERROR), report.toString().substring(0, 300));
        assertTrue(report.tests().get(0).message().contains("4300 digits"));
        assertTrue(report.tests().get(1).message().contains("nested too deeply"));
        assertTrue(report.tests().get(2).message().contains("too large"));
        assertNull(report.tests().get(0).actual());
    }

    @Test
    void guestTextIsBoundedAndFreeOfNulBeforeItIsStored() {
        String nul = "boom\u0000" + "y".repeat(5_000_000);
        FakeExecutor fake = new FakeExecutor(job -> ran(
                new TestExecution(Verdict.RUNTIME_ERROR, null, 1, -1, "printed\u0000", "ValueError: " + nul)));
        GradeReport report = Judge.grade(fake, request(Checker.EXACT, new TestCase(List.of(1L), 2L, true, "basic")));
        TestResult result = report.tests().get(0);
        assertFalse(result.message().contains("\u0000"));
        assertTrue(result.message().length() < 1_100, "message of " + result.message().length() + " chars");
        assertFalse(result.stdout().contains("\u0000"));
        assertFalse(report.message().contains("\u0000"));
    }
}
