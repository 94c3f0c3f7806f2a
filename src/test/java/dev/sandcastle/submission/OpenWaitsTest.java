package dev.sandcastle.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sandcastle.web.RetryLaterException;
import org.junit.jupiter.api.Test;

/** The caps on open long polls, per player and per address. */
class OpenWaitsTest {

    @Test
    void anAddressAtItsCapIsRefusedWhateverPlayerAsks() {
        OpenWaits waits = new OpenWaits(2, 3, 7);
        waits.open(1, "10.0.0.1");
        waits.open(2, "10.0.0.1");
        OpenWaits.Slot third = waits.open(3, "10.0.0.1");
        RetryLaterException refused = assertThrows(RetryLaterException.class, () -> waits.open(4, "10.0.0.1"));
        assertEquals(429, refused.problem().status());
        assertEquals(7, refused.retryAfterSeconds());
        waits.open(4, "10.0.0.2"); // another address is not affected
        third.close();
        waits.open(4, "10.0.0.1");
    }

    @Test
    void aPlayerAtItsCapIsRefusedFromAnyAddressAndARefusalTakesNoPlace() {
        OpenWaits waits = new OpenWaits(2, 100, 5);
        OpenWaits.Slot first = waits.open(1, "a");
        waits.open(1, "b");
        assertThrows(RetryLaterException.class, () -> waits.open(1, "c"));
        assertEquals(2, waits.open());
        first.close();
        first.close(); // closing twice gives back one place only
        waits.open(1, "c");
        assertThrows(RetryLaterException.class, () -> waits.open(1, "d"));
        assertEquals(2, waits.open());
    }
}
