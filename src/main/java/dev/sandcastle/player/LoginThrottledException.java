package dev.sandcastle.player;

import java.time.Duration;

/** Too many failed logins for a name or address: answered with 429 and Retry-After. */
public class LoginThrottledException extends RuntimeException {
    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins; try again later.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
