package dev.sandcastle.leaderboard;

import static dev.sandcastle.sandbox.Verdict.ACCEPTED;
import static dev.sandcastle.sandbox.Verdict.RUNTIME_ERROR;
import static dev.sandcastle.sandbox.Verdict.WRONG_ANSWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sandcastle.judge.TestResult;
import dev.sandcastle.sandbox.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialCreditTest {

    private static TestResult test(String category, Verdict verdict) {
        return new TestResult(0, false, category, verdict, 1, 1, null, null, null);
    }

    @Test
    void anAcceptedCheckEarnsTheFullPoints() {
        assertEquals(30, PartialCredit.earned(30, ACCEPTED, List.of(test("basic", ACCEPTED))));
    }

    @Test
    void eachFullyPassedCategoryEarnsItsShareRoundedDown() {
        List<TestResult> tests = List.of(
                test("basic", ACCEPTED), test("basic", ACCEPTED),
                test("edge", ACCEPTED),
                test("big", WRONG_ANSWER), test("big", ACCEPTED));
        assertEquals(20, PartialCredit.earned(30, WRONG_ANSWER, tests));
        assertEquals(6, PartialCredit.earned(10, WRONG_ANSWER, tests));
    }

    @Test
    void oneFailedTestFailsItsWholeCategory() {
        List<TestResult> tests = List.of(test("basic", ACCEPTED), test("edge", ACCEPTED), test("edge", RUNTIME_ERROR));
        assertEquals(5, PartialCredit.earned(10, RUNTIME_ERROR, tests));
    }

    @Test
    void aMissionWithOneCategoryIsAllOrNothing() {
        List<TestResult> tests = List.of(test("basic", ACCEPTED), test("basic", WRONG_ANSWER));
        assertEquals(0, PartialCredit.earned(10, WRONG_ANSWER, tests));
    }

    @Test
    void partialCreditNeverReachesTheFullPoints() {
        // all tests accepted but the overall verdict is not (e.g. the submission ran out of time)
        List<TestResult> tests = List.of(test("basic", ACCEPTED), test("edge", ACCEPTED));
        assertEquals(9, PartialCredit.earned(10, Verdict.TIME_LIMIT_EXCEEDED, tests));
    }

    @Test
    void noTestsEarnNothing() {
        assertEquals(0, PartialCredit.earned(10, Verdict.SYNTAX_ERROR, List.of()));
    }
}
