package dev.sandcastle.sandbox;

/**
 * The side that runs Python: in-process for tests and tools, in a worker JVM in production.
 * It returns raw outcomes as plain data; comparing them with expected answers is the
 * grader's job, in Java.
 */
public interface GuestExecutor extends AutoCloseable {

    RunResult run(String code, Limits limits, Policy policy);

    ExecutionReport execute(ExecutionJob job);

    CheckOutcome check(CustomCheckJob job);

    /**
     * Called while idle: may build the next call's context in advance, so that a submission
     * does not wait for it. Such a context is single-use and has run no guest code.
     */
    default void prepareAhead() {
    }

    @Override
    void close();
}
