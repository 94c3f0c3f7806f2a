package dev.sandcastle.player;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts failed logins per player name and per client address in fixed windows. Once a key
 * reaches its limit, further attempts are refused (429) without checking the password until
 * the window ends, so guessing costs the attacker time, not us bcrypt rounds.
 *
 * <p>The counts live in PostgreSQL ({@link PostgresLoginFailures}), so several API processes
 * share one limit and a restart keeps the windows. Each call is a blocking database call: call
 * it off the event loop.
 */
@ApplicationScoped
public class LoginThrottle {
    /** Expired windows are deleted on every this many failures recorded by this process. */
    private static final int FORGET_EVERY = 1_000;

    private final LoginFailureStore failures;
    private final int maxPerName;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final AtomicInteger recorded = new AtomicInteger();

    @Inject
    public LoginThrottle(AccountsConfig config, PostgresLoginFailures failures) {
        this(config.login().maxFailuresPerName(), config.login().maxFailuresPerAddress(),
                config.login().window(), Clock.systemUTC(), failures);
    }

    /** Counting in this process's memory only. */
    LoginThrottle(int maxPerName, int maxPerAddress, Duration window, Clock clock) {
        this(maxPerName, maxPerAddress, window, clock, new LoginFailureStore.InMemory());
    }

    LoginThrottle(int maxPerName, int maxPerAddress, Duration window, Clock clock, LoginFailureStore failures) {
        this.failures = failures;
        this.maxPerName = maxPerName;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, or empty when an attempt is allowed. */
    public Optional<Duration> blockedFor(String name, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(nameKey(name), maxPerName, now), remaining(addressKey(address), maxPerAddress, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void recordFailure(String name, String address) {
        Instant now = clock.instant();
        failures.count(nameKey(name), now, window);
        failures.count(addressKey(address), now, window);
        if (recorded.incrementAndGet() % FORGET_EVERY == 0) {
            failures.forgetExpired(now);
        }
    }

    /** A correct password clears the name's count (not the address's: one address may guess many names). */
    public void recordSuccess(String name) {
        failures.clear(nameKey(name));
    }

    private Duration remaining(String key, int max, Instant now) {
        LoginFailureStore.Window w = failures.window(key).orElse(null);
        if (w == null || w.failures() < max || !w.end().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, w.end());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String nameKey(String name) {
        return "n:" + name.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
