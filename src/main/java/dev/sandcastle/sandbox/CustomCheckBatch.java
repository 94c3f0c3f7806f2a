package dev.sandcastle.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Every call of an author's {@code check(args, expected, actual)} one submission needs, in one
 * checker context: loading the checker once instead of once per test. Each call keeps the
 * per-test limits of {@code limits}; the batch as a whole gets what the calls had together
 * when each ran alone (CPU budget, wall clock and output, times the number of calls).
 */
public record CustomCheckBatch(String checkerSource, List<Case> cases, Limits limits) {

    /** One call's plain-data arguments. */
    public record Case(List<Object> args, Object expected, Object actual) {
    }

    public CustomCheckBatch {
        cases = List.copyOf(cases);
    }

    /** The {@code i}-th call as a job of its own. */
    public CustomCheckJob job(int i) {
        Case c = cases.get(i);
        return new CustomCheckJob(checkerSource, c.args(), c.expected(), c.actual(), limits);
    }

    /** Limits of the whole batch: per-call limits, with the sums of what the calls had alone. */
    public Limits batchLimits() {
        long n = Math.max(1, cases.size());
        return new Limits(limits.cpuMsPerTest(), saturated(limits.cpuMsPerSubmission(), n), saturated(limits.wallMs(), n),
                limits.memoryBytes(), saturated(limits.outputBytes(), n), limits.codeBytes(), limits.resultBytes(),
                limits.resultDepth(), limits.recursionDepth());
    }

    /** The jobs one by one, for executors without a shared checker context. */
    public List<CheckOutcome> checkEach(GuestExecutor executor) {
        List<CheckOutcome> outcomes = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            outcomes.add(executor.check(job(i)));
        }
        return outcomes;
    }

    private static long saturated(long value, long times) {
        return value > Long.MAX_VALUE / times ? Long.MAX_VALUE : value * times;
    }
}
