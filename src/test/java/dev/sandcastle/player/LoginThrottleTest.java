package dev.sandcastle.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-03-01T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(5), clock);

    @Test
    void aNameIsBlockedAfterItsFailuresUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), throttle.blockedFor("Alice", "10.0.0." + i));
            throttle.recordFailure("alice", "10.0.0." + i);
        }
        assertEquals(Optional.of(Duration.ofMinutes(5)), throttle.blockedFor("ALICE", "10.9.9.9"));
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.blockedFor("alice", "10.9.9.9"));
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), throttle.blockedFor("alice", "10.9.9.9"));
    }

    @Test
    void anAddressIsBlockedAfterFailuresAcrossManyNames() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("name" + i, "192.0.2.1");
        }
        assertTrue(throttle.blockedFor("someone-else", "192.0.2.1").isPresent());
        assertEquals(Optional.empty(), throttle.blockedFor("someone-else", "192.0.2.2"));
    }

    @Test
    void aSuccessfulLoginClearsTheNameButNotTheAddress() {
        for (int i = 0; i < 2; i++) {
            throttle.recordFailure("bob", "198.51.100.7");
        }
        throttle.recordSuccess("bob");
        throttle.recordFailure("bob", "198.51.100.7");
        assertEquals(Optional.empty(), throttle.blockedFor("bob", "203.0.113.1"));
        throttle.recordFailure("carol", "198.51.100.7");
        throttle.recordFailure("dave", "198.51.100.7");
        assertTrue(throttle.blockedFor("erin", "198.51.100.7").isPresent(), "the address has 5 failures");
    }

    @Test
    void failuresInAnOldWindowStartANewCount() {
        throttle.recordFailure("frank", "203.0.113.9");
        throttle.recordFailure("frank", "203.0.113.9");
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        throttle.recordFailure("frank", "203.0.113.9");
        throttle.recordFailure("frank", "203.0.113.9");
        assertEquals(Optional.empty(), throttle.blockedFor("frank", "203.0.113.9"));
        throttle.recordFailure("frank", "203.0.113.9");
        assertTrue(throttle.blockedFor("frank", "203.0.113.9").isPresent());
    }
}
