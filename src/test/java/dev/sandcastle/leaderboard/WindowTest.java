package dev.sandcastle.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.web.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Window arithmetic at the edges of UTC calendar periods. */
class WindowTest {

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void theWeekStartsOnMondayAtMidnightUtc() {
        // 2031-03-09 is a Sunday, 2031-03-10 a Monday
        assertEquals(LocalDate.parse("2031-03-03"), Window.WEEK.start(at("2031-03-09T23:59:59.999999Z"), 3));
        assertEquals(LocalDate.parse("2031-03-10"), Window.WEEK.start(at("2031-03-10T00:00:00Z"), 3));
        assertEquals(LocalDate.parse("2031-03-10"), Window.WEEK.start(at("2031-03-16T23:59:59Z"), 3));
        assertEquals(LocalDate.parse("2031-03-17"), Window.WEEK.end(LocalDate.parse("2031-03-10"), 3));
    }

    @Test
    void aWeekCanSpanTwoYears() {
        // 2030-12-30 is a Monday; 2031-01-01 belongs to its week
        assertEquals(LocalDate.parse("2030-12-30"), Window.WEEK.start(at("2031-01-01T12:00:00Z"), 3));
        assertEquals("w:2030-12-30", Window.WEEK.key(at("2031-01-05T23:59:59Z"), 3));
    }

    @Test
    void aMonthEndsAtMidnightUtcOfItsLastDay() {
        assertEquals("m:2031-02", Window.MONTH.key(at("2031-02-28T23:59:59.999Z"), 3));
        assertEquals("m:2031-03", Window.MONTH.key(at("2031-03-01T00:00:00Z"), 3));
        assertEquals(LocalDate.parse("2031-03-01"), Window.MONTH.end(LocalDate.parse("2031-02-01"), 3));
    }

    @Test
    void seasonsFollowEachOtherFromTheFirstOfJanuary() {
        assertEquals(LocalDate.parse("2031-01-01"), Window.SEASON.start(at("2031-03-31T23:59:59Z"), 3));
        assertEquals(LocalDate.parse("2031-04-01"), Window.SEASON.start(at("2031-04-01T00:00:00Z"), 3));
        assertEquals(LocalDate.parse("2031-10-01"), Window.SEASON.start(at("2031-12-31T23:59:59Z"), 3));
        assertEquals(LocalDate.parse("2032-01-01"), Window.SEASON.end(LocalDate.parse("2031-10-01"), 3));
        assertEquals(LocalDate.parse("2031-07-01"), Window.SEASON.start(at("2031-12-31T23:59:59Z"), 6));
        assertEquals(LocalDate.parse("2031-01-01"), Window.SEASON.start(at("2031-12-31T23:59:59Z"), 12));
        assertEquals(LocalDate.parse("2031-12-01"), Window.SEASON.start(at("2031-12-31T23:59:59Z"), 1));
    }

    @Test
    void allTimeHasNoPeriod() {
        assertNull(Window.ALL.start(at("2031-03-09T00:00:00Z"), 3));
        assertTrue(Board.of(Window.ALL, null, Instant.now(), 3).global());
    }

    @Test
    void aScoreCountsOnEveryWindowAndOnItsIslandInKeyOrder() {
        List<String> keys = Board.keysFor("reef", at("2031-03-10T00:00:00Z"), 3);
        assertEquals(List.of("i:reef", "i:reef|m:2031-03", "i:reef|s:2031-01-01", "i:reef|w:2031-03-10",
                "m:2031-03", "s:2031-01-01", "w:2031-03-10"), keys);
        assertEquals(List.of("m:2031-03", "s:2031-01-01", "w:2031-03-10"), Board.keysFor(null, at("2031-03-10T00:00:00Z"), 3));
    }

    @Test
    void unknownWindowsAndMalformedIslandsAreBadRequests() {
        assertThrows(ProblemException.class, () -> Window.parse("fortnight"));
        assertThrows(ProblemException.class, () -> Board.of(Window.ALL, "Reef Island", Instant.now(), 3));
        assertThrows(ProblemException.class, () -> Board.of(Window.ALL, "i:x|w", Instant.now(), 3));
        assertEquals(Window.WEEK, Window.parse("Week"));
        assertEquals(Window.ALL, Window.parse(null));
    }
}
