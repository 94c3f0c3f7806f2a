package dev.sandcastle.grading;

import dev.sandcastle.judge.GradeRequest;
import dev.sandcastle.submission.SubmissionMode;

import java.time.Instant;
import java.util.List;

/**
 * One submission ready to grade: the request for the sandbox and, per test in that request,
 * the position of the test in the mission version ({@code missionTestIndexes}), since Run
 * grades only the public tests.
 */
record GradingJob(
        long submissionId, SubmissionMode mode, GradeRequest request, List<Integer> missionTestIndexes,
        int missionPoints, Instant submittedAt) {
}
