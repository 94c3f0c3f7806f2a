package dev.sandcastle.grading;

import dev.sandcastle.sandbox.Verdict;
import dev.sandcastle.submission.StoredTestResult;
import dev.sandcastle.submission.SubmissionMode;

import java.time.Instant;
import java.util.List;

/**
 * The score hand-off: fired as a synchronous CDI event inside the transaction that writes a
 * verdict, exactly once per graded submission. Observers ({@code @Observes GradedSubmission})
 * run in that transaction: points and leaderboard rows they write commit or roll back together
 * with the verdict, and an observer that throws rolls the verdict back too (the job is retried).
 * An observer may change the submission's score (a managed entity in this transaction).
 *
 * @param score   the score the platform gave: {@code points} for an accepted Check, else 0;
 *                null for Run (which never scores)
 * @param results per-test results (hidden tests: index, category and verdict only), e.g. for
 *                partial credit by category
 */
public record GradedSubmission(
        long submissionId,
        long playerId,
        long missionId,
        String missionSlug,
        long missionVersionId,
        int missionPoints,
        SubmissionMode mode,
        Verdict verdict,
        Integer score,
        int codeLength,
        long cpuMs,
        long statements,
        Instant submittedAt,
        Instant gradedAt,
        List<StoredTestResult> results) {
}
