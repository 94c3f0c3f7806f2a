package dev.sandcastle.leaderboard;

import dev.sandcastle.judge.TestResult;
import dev.sandcastle.sandbox.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * A graded Check as the scoring needs it: who, which mission (not version: points earned are
 * per mission and survive new versions), the points of the version graded against, the
 * verdict with per-test categories, and the solution's metrics.
 */
public record GradedCheck(
        long submissionId,
        long playerId,
        long missionId,
        int missionPoints,
        Verdict verdict,
        List<TestResult> tests,
        int codeLength,
        long cpuMs,
        long statements,
        Instant gradedAt) {

    public GradedCheck {
        tests = List.copyOf(tests);
    }
}
