package dev.sandcastle.player;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts failed logins per player name and per client address in fixed windows. Once a key
 * reaches its limit, further attempts are refused (429) without checking the password until
 * the window ends, so guessing costs the attacker time, not us bcrypt rounds.
 *
 * <p>Kept in memory on purpose: it is cheap, needs no writes on the hot path, and a restart
 * merely resets the windows. With several API processes each counts on its own, so the
 * effective limit is multiplied by their number (documented in the README).
 */
@ApplicationScoped
public class LoginThrottle {
    private final ConcurrentMap<String, Window> failures = new ConcurrentHashMap<>();
    private final int maxPerName;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;

    @Inject
    public LoginThrottle(AccountsConfig config) {
        this(config.login().maxFailuresPerName(), config.login().maxFailuresPerAddress(),
                config.login().window(), Clock.systemUTC());
    }

    LoginThrottle(int maxPerName, int maxPerAddress, Duration window, Clock clock) {
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
        count(nameKey(name), now);
        count(addressKey(address), now);
        if (failures.size() > 100_000) {
            failures.values().removeIf(w -> !w.end.isAfter(now));
        }
    }

    /** A correct password clears the name's count (not the address's: one address may guess many names). */
    public void recordSuccess(String name) {
        failures.remove(nameKey(name));
    }

    private void count(String key, Instant now) {
        failures.compute(key, (k, w) -> w == null || !w.end.isAfter(now)
                ? new Window(now.plus(window), 1)
                : new Window(w.end, w.count + 1));
    }

    private Duration remaining(String key, int max, Instant now) {
        Window w = failures.get(key);
        if (w == null || w.count < max || !w.end.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, w.end);
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

    private record Window(Instant end, int count) {
    }
}
