package dev.sandcastle.sandbox.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.RunResult;
import dev.sandcastle.sandbox.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Contexts built ahead of demand (issue 6) must stay single-use: the submission after a
 * hostile one gets a context in which no guest code has ever run.
 */
class PreparedContextIsolationTest {

    static GraalGuestExecutor executor;

    /** Leaves the traces a guest can leave in its context (module mutation itself is refused by the wall). */
    static final String POLLUTER = """
            import random
            print('canary-from-the-first-submission')
            random.seed(1234)
            print(random.random())
            random.seed(1234)
            leaked_global = 'canary'
            class Leaked:
                pass
            """;

    static final String INSPECTOR = """
            import random
            seen = []
            try:
                leaked_global
                seen.append('leaked_global')
            except NameError:
                pass
            try:
                Leaked
                seen.append('Leaked')
            except NameError:
                pass
            print('traces:', seen)
            print(random.random())
            """;

    @BeforeAll
    static void start() {
        executor = new GraalGuestExecutor();
    }

    @AfterAll
    static void stop() {
        executor.close();
    }

    @Test
    void theSubmissionAfterAPolluterGetsAPreparedContextWithNoTraceOfIt() {
        executor.prepareAhead();
        assertTrue(executor.hasPreparedSession());
        RunResult first = executor.run(POLLUTER, Limits.DEFAULTS, Policy.DEFAULT);
        assertEquals(Verdict.ACCEPTED, first.verdict(), first.message());
        assertFalse(executor.hasPreparedSession(), "the first submission took the prepared context");

        executor.prepareAhead();
        assertTrue(executor.hasPreparedSession());
        RunResult second = executor.run(INSPECTOR, Limits.DEFAULTS, Policy.DEFAULT);
        assertEquals(Verdict.ACCEPTED, second.verdict(), second.message());
        assertFalse(executor.hasPreparedSession(), "the second submission took the next prepared context");
        String[] lines = second.stdout().split("\n");
        assertEquals("traces: []", lines[0], second.stdout());
        String seededDraw = first.stdout().split("\n")[1];
        assertFalse(lines[1].equals(seededDraw), "the random module's state was not carried over");
        assertFalse(second.stdout().contains("canary"), "no output of the first submission");
    }

    @Test
    void aPreparedContextIsNotUsedForACallWithOtherLimits() {
        executor.run("x = 1", Limits.DEFAULTS, Policy.DEFAULT);
        executor.prepareAhead();
        assertTrue(executor.hasPreparedSession());
        Limits d = Limits.DEFAULTS;
        Limits tinyOutput = new Limits(d.cpuMsPerTest(), d.cpuMsPerSubmission(), d.wallMs(), d.memoryBytes(), 100, d.codeBytes(),
                d.resultBytes(), d.resultDepth(), d.recursionDepth());
        RunResult flood = executor.run("print('x' * 10000)", tinyOutput, Policy.DEFAULT);
        assertFalse(executor.hasPreparedSession());
        assertEquals(Verdict.OUTPUT_LIMIT_EXCEEDED, flood.verdict(), "the 100-byte output limit of this call applies (abuse past 16 times it)");
    }
}
