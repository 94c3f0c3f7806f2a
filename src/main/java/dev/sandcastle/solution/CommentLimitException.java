package dev.sandcastle.solution;

/** A player wrote too many comments in the window: 429 with Retry-After (seconds). */
public class CommentLimitException extends RuntimeException {
    private final long retryAfterSeconds;

    public CommentLimitException(long retryAfterSeconds, String message) {
        super(message, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
