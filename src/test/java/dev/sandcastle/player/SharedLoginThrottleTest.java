package dev.sandcastle.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Failed-login counts in PostgreSQL: two throttles stand for two API processes. */
@QuarkusTest
class SharedLoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    PostgresLoginFailures failures;

    private LoginThrottle process(Clock clock) {
        return new LoginThrottle(3, 1000, WINDOW, Duration.ofMinutes(15), clock, failures);
    }

    private static String uniqueName() {
        return "shared-" + UUID.randomUUID().toString().substring(0, 20);
    }

    @Test
    void failuresCountedByOneProcessSlowTheNameAndAddressInAnother() {
        LoginThrottle a = process(Clock.systemUTC());
        LoginThrottle b = process(Clock.systemUTC());
        String name = uniqueName();
        a.recordFailure(name, "10.1.1.1");
        b.recordFailure(name, "10.1.1.1");
        assertEquals(Optional.empty(), b.blockedFor(name, "10.1.1.1"));
        a.recordFailure(name, "10.1.1.1");
        assertTrue(b.blockedFor(name.toUpperCase(), "10.1.1.1").isPresent(), "three failures across two processes");
        assertEquals(Optional.empty(), b.blockedFor(name, "10.9.9.9"), "the owner at another address is not slowed");
        b.recordSuccess(name, "10.1.1.1");
        assertEquals(Optional.empty(), a.blockedFor(name, "10.1.1.1"), "a success in one process clears the key for all");
    }

    @Test
    void concurrentFailuresFromTwoProcessesAreAllCounted() throws Exception {
        String name = uniqueName();
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            LoginThrottle process = process(Clock.systemUTC());
            runs.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 25; i++) {
                    process.recordFailure(name, "10.2.2.2");
                }
            }));
        }
        for (CompletableFuture<Void> run : runs) {
            run.get();
        }
        assertEquals(50, failures.window("n:" + name.toLowerCase() + "@10.2.2.2").orElseThrow().failures());
    }

    @Test
    void aQuietWindowStartsANewCountAndIsForgottenLater() {
        Instant t0 = Instant.parse("2026-03-01T12:00:00Z");
        String name = uniqueName();
        String key = "n:" + name.toLowerCase() + "@10.3.3.3";
        LoginThrottle early = process(Clock.fixed(t0, ZoneOffset.UTC));
        for (int i = 0; i < 3; i++) {
            early.recordFailure(name, "10.3.3.3");
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), early.blockedFor(name, "10.3.3.3"));
        LoginThrottle later = process(Clock.fixed(t0.plus(WINDOW).plusSeconds(1), ZoneOffset.UTC));
        assertEquals(Optional.empty(), later.blockedFor(name, "10.3.3.3"));
        later.recordFailure(name, "10.3.3.3");
        assertEquals(1, failures.window(key).orElseThrow().failures());
        failures.forgetExpired(t0.plus(Duration.ofMinutes(60)));
        assertTrue(failures.window(key).isEmpty());
    }
}
