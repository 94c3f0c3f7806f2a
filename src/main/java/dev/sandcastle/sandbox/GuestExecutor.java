package dev.sandcastle.sandbox;

import java.util.List;

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
     * Every custom check of one submission, outcomes in the order of the cases. Executors that
     * can, load the checker once for all of them (ADR 0066); the default checks one by one.
     */
    default List<CheckOutcome> checkAll(CustomCheckBatch batch) {
        return batch.checkEach(this);
    }

    /**
     * Called while idle: may build the next call's context in advance, so that a submission
     * does not wait for it. Such a context is single-use and has run no guest code.
     */
    default void prepareAhead() {
    }

    @Override
    void close();
}
