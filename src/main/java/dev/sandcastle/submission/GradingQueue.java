package dev.sandcastle.submission;

/**
 * Where an accepted submission waits to be graded. The grading feature implements it (its job
 * queue), so that submitting does not depend on how grading works.
 */
public interface GradingQueue {

    /** Queues a submission in the caller's transaction; graders are woken when it commits. */
    void enqueue(long submissionId);
}
