package dev.sandcastle.player;

/** A player is over a submission limit: answered with 429 and Retry-After (seconds). */
public class SubmissionLimitException extends RuntimeException {
    private final long retryAfterSeconds;

    public SubmissionLimitException(long retryAfterSeconds, String message) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
