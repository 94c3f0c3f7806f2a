package dev.sandcastle.judge.check;

import dev.sandcastle.sandbox.CheckOutcome;
import dev.sandcastle.judge.Checker;
import dev.sandcastle.sandbox.CustomCheckJob;
import dev.sandcastle.sandbox.GuestExecutor;
import dev.sandcastle.sandbox.Limits;
import java.util.List;

/** Selects the comparison a mission's checker names; only CUSTOM runs Python, in its own context. */
public final class Checkers {

    private Checkers() {
    }

    public static CheckOutcome check(
            Checker checker, GuestExecutor executor, List<Object> args, Object expected, Object actual, Limits limits) {
        return switch (checker.kind()) {
            case EXACT -> outcome(ExactChecker.equal(expected, actual));
            case FLOAT -> outcome(FloatChecker.close(expected, actual, checker.absTolerance(), checker.relTolerance()));
            case UNORDERED -> outcome(UnorderedChecker.sameElements(expected, actual));
            case CUSTOM -> executor.check(new CustomCheckJob(checker.customSource(), args, expected, actual, limits));
        };
    }

    private static CheckOutcome outcome(boolean passed) {
        return new CheckOutcome(passed, null, null);
    }
}
