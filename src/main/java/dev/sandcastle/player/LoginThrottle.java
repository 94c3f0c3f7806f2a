package dev.sandcastle.player;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slows down password guessing without letting a stranger lock anyone out. Failed logins are
 * counted per (canonical name, client address) and per client address; past a number of free
 * failures each key must wait before its next attempt, 1 s doubling with every further failure
 * up to a maximum (exponential back-off, never a hard lockout). Attempts during the wait are
 * refused (429) without checking the password, so guessing costs the attacker time, not us
 * bcrypt rounds. A stranger's failures for your name from their address slow only that
 * address: you still log in from yours. A key's count is forgotten after a quiet window.
 *
 * <p>The counts live in PostgreSQL ({@link PostgresLoginFailures}), so several API processes
 * share them and a restart keeps them. Each call is a blocking database call: call it off the
 * event loop.
 */
@ApplicationScoped
public class LoginThrottle {
    /** Expired windows are deleted on every this many failures recorded by this process. */
    private static final int FORGET_EVERY = 1_000;

    private final LoginFailureStore failures;
    private final int freePerNameAndAddress;
    private final int freePerAddress;
    private final Duration window;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Clock clock;
    private final AtomicInteger recorded = new AtomicInteger();

    @Inject
    public LoginThrottle(AccountsConfig config, PostgresLoginFailures failures) {
        this(config.login().freeFailuresPerNameAndAddress(), config.login().freeFailuresPerAddress(),
                config.login().window(), config.login().firstBackoff(), config.login().maxBackoff(), Clock.systemUTC(), failures);
    }

    /** Counting in this process's memory only. */
    LoginThrottle(int freePerNameAndAddress, int freePerAddress, Duration window, Duration maxBackoff, Clock clock) {
        this(freePerNameAndAddress, freePerAddress, window, maxBackoff, clock, new LoginFailureStore.InMemory());
    }

    LoginThrottle(int freePerNameAndAddress, int freePerAddress, Duration window, Duration maxBackoff, Clock clock,
            LoginFailureStore failures) {
        this(freePerNameAndAddress, freePerAddress, window, Duration.ofSeconds(1), maxBackoff, clock, failures);
    }

    LoginThrottle(int freePerNameAndAddress, int freePerAddress, Duration window, Duration firstBackoff,
            Duration maxBackoff, Clock clock, LoginFailureStore failures) {
        this.firstBackoff = firstBackoff;
        this.failures = failures;
        this.freePerNameAndAddress = freePerNameAndAddress;
        this.freePerAddress = freePerAddress;
        this.window = window.compareTo(maxBackoff) >= 0 ? window : maxBackoff; // a back-off outlives no count
        this.maxBackoff = maxBackoff;
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, or empty when an attempt is allowed. */
    public Optional<Duration> blockedFor(String name, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(nameKey(name, address), freePerNameAndAddress, now),
                remaining(addressKey(address), freePerAddress, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void recordFailure(String name, String address) {
        Instant now = clock.instant();
        failures.count(nameKey(name, address), now, window);
        failures.count(addressKey(address), now, window);
        if (recorded.incrementAndGet() % FORGET_EVERY == 0) {
            failures.forgetExpired(now);
        }
    }

    /** A correct password clears the name's count at this address (not the address's: it may guess many names). */
    public void recordSuccess(String name, String address) {
        failures.clear(nameKey(name, address));
    }

    /** The back-off after {@code failures} failures of a key that has {@code free} of them free. */
    Duration backoff(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration backoff = firstBackoff.multipliedBy(1L << doublings);
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }

    private Duration remaining(String key, int free, Instant now) {
        LoginFailureStore.Window w = failures.window(key).orElse(null);
        if (w == null || !w.end().isAfter(now)) {
            return Duration.ZERO;
        }
        Instant lastFailure = w.end().minus(window);
        Instant until = lastFailure.plus(backoff(w.failures(), free));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Names off the registration rule are no account's: they share one key per address. */
    private static String nameKey(String name, String address) {
        return "n:" + LoginNames.canonical(name).orElse("?") + "@" + address;
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
