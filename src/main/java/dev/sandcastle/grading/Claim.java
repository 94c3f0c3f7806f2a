package dev.sandcastle.grading;

import java.util.UUID;

/**
 * A grader's hold on one job: valid while the job row still carries {@code token}. Every write
 * a grader makes is guarded by the token, so a grader whose lease expired (and whose job
 * someone else now holds) cannot overwrite anything.
 *
 * @param attempts    how many times the job has been claimed, this claim included
 * @param lastFailure why an earlier attempt gave the job back, if it did
 * @param playerCost  the submitting player's recent grading cost (worker-seconds) when claimed
 * @param waitedMs    how long the job waited in the queue before this claim
 * @param reservable  whether a reserved loop could have taken it (ADR 0057): its player is not
 *                    expensive and has finished a grading before
 */
public record Claim(long submissionId, UUID token, String graderId, int attempts, String lastFailure,
                    double playerCost, long waitedMs, boolean reservable) {
}
