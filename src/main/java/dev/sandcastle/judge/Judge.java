package dev.sandcastle.judge;

import dev.sandcastle.sandbox.CheckOutcome;
import dev.sandcastle.sandbox.CustomCheckBatch;
import dev.sandcastle.sandbox.ExecutionJob;
import dev.sandcastle.sandbox.ExecutionReport;
import dev.sandcastle.sandbox.GuestExecutor;
import dev.sandcastle.sandbox.GuestText;
import dev.sandcastle.sandbox.TestExecution;
import dev.sandcastle.sandbox.Verdict;
import dev.sandcastle.judge.check.Checkers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grades a solution: sends the code and the inputs (never the expected answers) to a
 * {@link GuestExecutor}, compares every result in Java and builds the report. Pure
 * composition, so the same code grades in-process and behind worker JVMs.
 *
 * <p>Verdict integrity lives here, not in the sandbox: everything the executor reports is read
 * through {@link GuestClaims}, so a test is ACCEPTED only when this class checked a bounded
 * plain value against the expected one; a verdict the guest side reports can only fail a test
 * (docs/decisions/0012-hidden-tests-never-leave-the-grader.md).
 */
public final class Judge {

    /** Exception names a hidden test may show: fixed words that cannot carry test data. */
    private static final Set<String> BUILTIN_ERRORS = Set.of(
            "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "EOFError", "Exception",
            "FloatingPointError", "GeneratorExit", "ImportError", "IndexError", "KeyError", "KeyboardInterrupt",
            "LookupError", "MemoryError", "ModuleNotFoundError", "NameError", "NotImplementedError", "OSError",
            "OverflowError", "RecursionError", "RuntimeError", "StopIteration", "SystemExit", "TypeError",
            "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "ValueError",
            "ZeroDivisionError", "PermissionError", "ExceptionGroup", "BaseExceptionGroup");

    private Judge() {
    }

    public static GradeReport grade(GuestExecutor executor, GradeRequest request) {
        List<List<Object>> inputs = new ArrayList<>(request.tests().size());
        for (TestCase test : request.tests()) {
            inputs.add(test.args());
        }
        ExecutionReport run = executor.execute(new ExecutionJob(
                request.solution(), request.entryPoint(), inputs, request.limits(), request.policy()));
        if (run.loadVerdict() != null) {
            return new GradeReport(GuestClaims.failure(run.loadVerdict()),
                    GuestClaims.failureMessage(run.loadVerdict(), run.loadMessage()), List.of(), run.cpuMs(),
                    run.statements());
        }
        List<TestExecution> executions = new ArrayList<>(request.tests().size());
        for (int i = 0; i < request.tests().size(); i++) {
            executions.add(i < run.tests().size() ? run.tests().get(i) : notRun());
        }
        Map<Integer, CheckOutcome> customChecks = customChecks(request, executions, executor);
        List<TestResult> results = new ArrayList<>(request.tests().size());
        Verdict overall = Verdict.ACCEPTED;
        String overallMessage = Verdict.ACCEPTED.wording();
        for (int i = 0; i < request.tests().size(); i++) {
            TestCase test = request.tests().get(i);
            TestExecution execution = executions.get(i);
            TestResult result = judge(i, test, execution, request, executor, customChecks.get(i));
            results.add(result);
            if (overall == Verdict.ACCEPTED && result.verdict() != Verdict.ACCEPTED) {
                overall = result.verdict();
                overallMessage = "test " + (i + 1) + ": " + result.message();
            }
        }
        return new GradeReport(overall, overallMessage, results, run.cpuMs(), run.statements());
    }

    /**
     * A custom checker's outcomes for the tests whose result it has to judge, all in one call
     * (one checker context per submission, not one per test), by test index; empty for the
     * checkers written in Java.
     */
    private static Map<Integer, CheckOutcome> customChecks(
            GradeRequest request, List<TestExecution> executions, GuestExecutor executor) {
        if (request.checker().kind() != Checker.Kind.CUSTOM) {
            return Map.of();
        }
        List<Integer> indexes = new ArrayList<>();
        List<CustomCheckBatch.Case> cases = new ArrayList<>();
        for (int i = 0; i < executions.size(); i++) {
            TestExecution execution = executions.get(i);
            if (execution.verdict() == null && GuestClaims.resultProblem(execution.value(), request.limits()) == null) {
                TestCase test = request.tests().get(i);
                indexes.add(i);
                cases.add(new CustomCheckBatch.Case(test.args(), test.expected(), execution.value()));
            }
        }
        if (cases.isEmpty()) {
            return Map.of();
        }
        List<CheckOutcome> outcomes = executor.checkAll(
                new CustomCheckBatch(request.checker().customSource(), cases, request.limits()));
        Map<Integer, CheckOutcome> byTest = new HashMap<>();
        for (int k = 0; k < indexes.size(); k++) {
            byTest.put(indexes.get(k), k < outcomes.size() ? outcomes.get(k)
                    : new CheckOutcome(false, null, "the checker gave no outcome"));
        }
        return byTest;
    }

    private static TestResult judge(int index, TestCase test, TestExecution execution, GradeRequest request,
                                    GuestExecutor executor, CheckOutcome customCheck) {
        Verdict verdict;
        String message;
        String notPlain = execution.verdict() == null ? GuestClaims.resultProblem(execution.value(), request.limits()) : null;
        if (execution.verdict() != null) {
            verdict = GuestClaims.failure(execution.verdict());
            message = GuestClaims.failureMessage(execution.verdict(), execution.message());
        } else if (notPlain != null) {
            verdict = Verdict.RUNTIME_ERROR;
            message = notPlain;
        } else {
            CheckOutcome outcome = customCheck != null ? customCheck : Checkers.check(
                    request.checker(), executor, test.args(), test.expected(), execution.value(), request.limits());
            if (outcome.error() != null) {
                verdict = Verdict.INTERNAL_ERROR;
                message = "the mission's checker failed";
            } else if (outcome.passed()) {
                verdict = Verdict.ACCEPTED;
                message = outcome.message() == null ? "" : GuestText.text(outcome.message(), GuestText.MAX_MESSAGE_CHARS);
            } else {
                verdict = Verdict.WRONG_ANSWER;
                message = outcome.message() == null
                        ? Verdict.WRONG_ANSWER.wording() : GuestText.text(outcome.message(), GuestText.MAX_MESSAGE_CHARS);
            }
        }
        Object shown = verdict == Verdict.RUNTIME_ERROR && notPlain != null ? null : execution.value();
        if (test.isPublic()) {
            return new TestResult(index, true, test.category(), verdict, execution.cpuMs(), execution.statements(),
                    GuestClaims.output(execution.stdout()), message, shown);
        }
        return new TestResult(index, false, test.category(), verdict, execution.cpuMs(), execution.statements(),
                null, hiddenMessage(verdict, execution.message()), null);
    }

    /**
     * What a hidden test may say: the verdict's wording, or for a runtime error the name of a
     * built-in exception type; never exception text, lines, results or checker messages.
     */
    static String hiddenMessage(Verdict verdict, String executionMessage) {
        if (verdict == Verdict.RUNTIME_ERROR && executionMessage != null) {
            int end = executionMessage.length();
            for (int i = 0; i < executionMessage.length(); i++) {
                if (!Character.isLetterOrDigit(executionMessage.charAt(i))) {
                    end = i;
                    break;
                }
            }
            String type = executionMessage.substring(0, end);
            if (BUILTIN_ERRORS.contains(type)) {
                return type;
            }
        }
        return verdict.wording();
    }

    private static TestExecution notRun() {
        return new TestExecution(Verdict.INTERNAL_ERROR, null, 0, -1, "", "the test was not run");
    }
}
