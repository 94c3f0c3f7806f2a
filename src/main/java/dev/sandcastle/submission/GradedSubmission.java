package dev.sandcastle.submission;

import dev.sandcastle.sandbox.Verdict;

import java.time.Instant;
import java.util.List;

/**
 * The score hand-off: fired as a synchronous CDI event inside the transaction that writes a
 * verdict, exactly once per graded submission. Observers ({@code @Observes GradedSubmission})
 * run in that transaction: points and leaderboard rows they write commit or roll back together
 * with the verdict, and an observer that throws rolls the verdict back too (the job is retried).
 * The leaderboard's observer is the one writer of the submission's score (a managed entity in
 * this transaction): what a Check earned, partial credit included; a Run never scores (null).
 *
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
        int codeLength,
        long cpuMs,
        long statements,
        Instant submittedAt,
        Instant gradedAt,
        List<StoredTestResult> results) {
}
