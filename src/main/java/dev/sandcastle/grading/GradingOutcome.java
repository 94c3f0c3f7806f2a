package dev.sandcastle.grading;

import dev.sandcastle.judge.GradeReport;
import dev.sandcastle.judge.TestCase;
import dev.sandcastle.judge.TestResult;
import dev.sandcastle.sandbox.Verdict;
import dev.sandcastle.sandbox.guest.GraalGuestExecutor;
import dev.sandcastle.submission.StoredTestResult;

import java.util.ArrayList;
import java.util.List;

/**
 * What gets stored for a graded submission. Built so that nothing about a hidden test but its
 * category and verdict is kept: not its output, not its message (which could quote the
 * input), not its timing. The score is not part of it: the leaderboard's score hand-off is
 * the one writer of a submission's score (docs/decisions/0064-judge-and-enforced-boundaries.md).
 */
record GradingOutcome(Verdict verdict, String message, List<StoredTestResult> results,
                      long cpuMs, long statements) {

    static GradingOutcome of(GradingJob job, GradeReport report) {
        List<StoredTestResult> results = new ArrayList<>();
        List<TestCase> tests = job.request().tests();
        String firstFailure = null;
        for (int i = 0; i < report.tests().size(); i++) {
            TestResult r = report.tests().get(i);
            int position = r.index() >= 0 && r.index() < tests.size() ? r.index() : i;
            TestCase test = tests.get(position);
            int missionIndex = job.missionTestIndexes().get(position);
            if (test.isPublic()) {
                results.add(new StoredTestResult(missionIndex, true, test.category(), r.verdict(), r.cpuMs(),
                        measured(r.statements()), r.stdout(), r.message(), r.actual()));
                if (firstFailure == null && r.verdict() != Verdict.ACCEPTED) {
                    firstFailure = "Example " + (missionIndex + 1) + ": "
                            + (r.message() != null ? r.message() : r.verdict().wording());
                }
            } else {
                results.add(StoredTestResult.hidden(missionIndex, test.category(), r.verdict()));
                if (firstFailure == null && r.verdict() != Verdict.ACCEPTED) {
                    firstFailure = "A hidden test in category '" + test.category() + "' failed: "
                            + r.verdict().wording();
                }
            }
        }
        String message;
        if (report.verdict() == Verdict.ACCEPTED) {
            message = Verdict.ACCEPTED.wording();
        } else if (report.tests().isEmpty()) {
            // the solution failed before any test ran (syntax, policy): the message is about the code only
            message = report.message() != null ? report.message() : report.verdict().wording();
        } else {
            message = firstFailure != null ? firstFailure : report.verdict().wording();
        }
        return new GradingOutcome(report.verdict(), message, results, report.cpuMs(), report.statements());
    }

    /** The verdict of a submission that could not be graded (its graders kept crashing). */
    static GradingOutcome gaveUp(GradingJob job, Verdict verdict, String message) {
        return new GradingOutcome(verdict, message, List.of(), 0, GraalGuestExecutor.STATEMENTS_NOT_MEASURED);
    }

    /** Statements as stored: null when not measured (the sandbox reports -1), see V41. */
    static Long measured(long statements) {
        return statements < 0 ? null : statements;
    }
}
