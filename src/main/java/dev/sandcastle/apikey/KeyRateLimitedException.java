package dev.sandcastle.apikey;

/** A key used beyond its rate limit: answered 429 with Retry-After (KeyProblems). */
public class KeyRateLimitedException extends RuntimeException {
    private final long retryAfterSeconds;

    public KeyRateLimitedException(long retryAfterSeconds, String message) {
        super(message, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
