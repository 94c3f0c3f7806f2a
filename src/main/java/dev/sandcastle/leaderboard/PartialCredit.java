package dev.sandcastle.leaderboard;

import dev.sandcastle.judge.TestResult;
import dev.sandcastle.sandbox.Verdict;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Points a Check earns (docs/decisions/0021). An accepted Check earns the mission's points. A
 * Check that is not accepted earns partial credit only when the mission's tests fall into two
 * or more categories: {@code floor(points * passedCategories / categories)}, where a category
 * is passed when every one of its tests was accepted. One category means all or nothing.
 * Partial credit can never reach the full points (a category must have failed), so the full
 * points still mean "solved".
 */
public final class PartialCredit {
    private PartialCredit() {
    }

    public static int earned(int missionPoints, Verdict verdict, List<TestResult> tests) {
        if (verdict.accepted()) {
            return missionPoints;
        }
        Map<String, Boolean> passedByCategory = tests.stream().collect(Collectors.toMap(
                TestResult::category, t -> t.verdict().accepted(), Boolean::logicalAnd));
        if (passedByCategory.size() < 2) {
            return 0;
        }
        long passed = passedByCategory.values().stream().filter(p -> p).count();
        int credit = (int) (missionPoints * passed / passedByCategory.size());
        return Math.min(credit, missionPoints - 1);
    }
}
