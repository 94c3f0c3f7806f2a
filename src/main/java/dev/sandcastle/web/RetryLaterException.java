package dev.sandcastle.web;

/** A 429 problem with a {@code Retry-After} (seconds): the caller is over a limit that frees up by itself. */
public class RetryLaterException extends ProblemException {

    private final long retryAfterSeconds;

    public RetryLaterException(String detail, long retryAfterSeconds) {
        super(429, detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
