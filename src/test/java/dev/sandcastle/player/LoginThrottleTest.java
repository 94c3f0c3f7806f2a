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
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);

    @Test
    void pastTheFreeFailuresEachAttemptWaitsTwiceAsLongUpToTheMaximum() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), throttle.blockedFor("Alice", "10.0.0.1"));
            throttle.recordFailure("alice", "10.0.0.1");
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.blockedFor("ALICE", "10.0.0.1"));
        clock.now = clock.now.plusSeconds(1);
        throttle.recordFailure("alice", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.blockedFor("alice", "10.0.0.1"));
        for (int i = 0; i < 20; i++) {
            clock.now = clock.now.plus(Duration.ofMinutes(15)).minusSeconds(1);
            throttle.recordFailure("alice", "10.0.0.1");
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.blockedFor("alice", "10.0.0.1"), "never more than the maximum");
    }

    @Test
    void aStrangersFailuresDoNotSlowTheOwnerAtAnotherAddress() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("admin", "192.0.2.66");
        }
        assertTrue(throttle.blockedFor("admin", "192.0.2.66").isPresent());
        assertEquals(Optional.empty(), throttle.blockedFor("admin", "198.51.100.1"));
        assertEquals(Optional.empty(), throttle.blockedFor("Admin", "198.51.100.1"));
    }

    @Test
    void anAddressGuessingManyNamesIsSlowedForEveryName() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("name" + i, "192.0.2.1");
        }
        assertTrue(throttle.blockedFor("someone-else", "192.0.2.1").isPresent());
        assertEquals(Optional.empty(), throttle.blockedFor("someone-else", "192.0.2.2"));
    }

    @Test
    void namesThatFoldToAnotherNameAreCountedApartFromIt() {
        // U+0130 and KELVIN SIGN break the name rule: they are no account's name and share one key
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("adm\u0130n", "203.0.113.5");
        }
        assertTrue(throttle.blockedFor("\u212a-\u212a", "203.0.113.5").isPresent(), "invalid names share a key");
        assertEquals(Optional.empty(), throttle.blockedFor("admin", "203.0.113.5"));
    }

    @Test
    void aSuccessfulLoginClearsTheNameAtThatAddressButNotTheAddress() {
        for (int i = 0; i < 2; i++) {
            throttle.recordFailure("bob", "198.51.100.7");
        }
        throttle.recordSuccess("bob", "198.51.100.7");
        throttle.recordFailure("bob", "198.51.100.7");
        assertEquals(Optional.empty(), throttle.blockedFor("bob", "198.51.100.7"));
        throttle.recordFailure("carol", "198.51.100.7");
        throttle.recordFailure("dave", "198.51.100.7");
        assertTrue(throttle.blockedFor("erin", "198.51.100.7").isPresent(), "the address has 5 failures");
    }
}
