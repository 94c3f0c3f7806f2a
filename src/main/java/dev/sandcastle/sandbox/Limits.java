package dev.sandcastle.sandbox;

/**
 * Every resource limit of one grading. {@link #DEFAULTS} apply when a mission says nothing
 * (fail closed); a mission may override them, but never beyond the server's maxima
 * ({@link #cappedBy}).
 *
 * @param cpuMsPerTest       guest CPU time for one test call
 * @param cpuMsPerSubmission guest CPU time for the whole submission (load + all tests)
 * @param wallMs             wall-clock time for the whole submission, enforced from outside the worker
 * @param memoryBytes        bytes the guest may allocate (allocation budget) within its worker's heap
 * @param outputBytes        stdout + stderr bytes
 * @param codeBytes          size of the solution source (UTF-8)
 * @param resultBytes        approximate size of one returned value as plain data
 * @param resultDepth        nesting depth of one returned value
 * @param recursionDepth     Python recursion limit
 */
public record Limits(
        long cpuMsPerTest,
        long cpuMsPerSubmission,
        long wallMs,
        long memoryBytes,
        long outputBytes,
        int codeBytes,
        int resultBytes,
        int resultDepth,
        int recursionDepth) {

    public static final Limits DEFAULTS = new Limits(
            2_000, 10_000, 20_000, 256L << 20, 64 << 10, 64 << 10, 1 << 20, 32, 3_000);

    public Limits {
        if (cpuMsPerTest <= 0 || cpuMsPerSubmission <= 0 || wallMs <= 0 || memoryBytes <= 0
                || outputBytes <= 0 || codeBytes <= 0 || resultBytes <= 0 || resultDepth <= 0
                || recursionDepth <= 0) {
            throw new IllegalArgumentException("every limit must be positive: " + this);
        }
    }

    /** These limits, each lowered to the given maximum where it exceeds it. */
    public Limits cappedBy(Limits max) {
        return new Limits(
                Math.min(cpuMsPerTest, max.cpuMsPerTest),
                Math.min(cpuMsPerSubmission, max.cpuMsPerSubmission),
                Math.min(wallMs, max.wallMs),
                Math.min(memoryBytes, max.memoryBytes),
                Math.min(outputBytes, max.outputBytes),
                Math.min(codeBytes, max.codeBytes),
                Math.min(resultBytes, max.resultBytes),
                Math.min(resultDepth, max.resultDepth),
                Math.min(recursionDepth, max.recursionDepth));
    }
}
