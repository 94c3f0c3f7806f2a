package dev.sandcastle.grading;

/** The job is no longer held by this claim (its lease expired and another grader took it). */
public class LostClaimException extends RuntimeException {

    public LostClaimException(Claim claim) {
        super("submission " + claim.submissionId() + " is no longer claimed by " + claim.graderId(), null, false, false);
    }
}
