package dev.sandcastle.player;

import dev.sandcastle.web.RetryLaterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * New accounts per client address: every per-account limit (submissions, waits, login
 * back-off) is multiplied by the accounts one can make, so making them is limited too. Counted
 * in PostgreSQL (the login_failures table, keys "r:&lt;address&gt;", sliding window) so that every
 * API process shares the count and a restart keeps it.
 */
@ApplicationScoped
public class RegistrationLimit {

    private final LoginFailureStore counts;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;

    @Inject
    public RegistrationLimit(AccountsConfig config, PostgresLoginFailures counts) {
        this(config.registrations().maxPerAddress(), config.registrations().window(), Clock.systemUTC(), counts);
    }

    RegistrationLimit(int maxPerAddress, Duration window, Clock clock, LoginFailureStore counts) {
        this.counts = counts;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one registration from the address, or throws 429 when it has made its share. */
    public void admit(String address) {
        Instant now = clock.instant();
        String key = "r:" + address;
        LoginFailureStore.Window w = counts.window(key).orElse(null);
        if (w != null && w.end().isAfter(now) && w.failures() >= maxPerAddress) {
            throw new RetryLaterException("This address has registered " + maxPerAddress + " accounts lately; try again later.",
                    (Duration.between(now, w.end()).toMillis() + 999) / 1000);
        }
        counts.count(key, now, window);
    }
}
