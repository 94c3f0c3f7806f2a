package dev.sandcastle.leaderboard;

import dev.sandcastle.web.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which leaderboard: a window's period (the one containing {@code at}) and optionally an island.
 * The all-time board of every island is the players table itself (V10); every other board is a
 * set of counter rows in board_scores under {@link #key()} (V80).
 */
public record Board(Window window, String island, LocalDate from, LocalDate until, String key) {

    /** Island names as mission packages allow them (MissionPackageReader). */
    private static final Pattern ISLAND = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public static Board of(Window window, String island, Instant at, int seasonMonths) {
        if (island != null && !ISLAND.matcher(island).matches()) {
            throw ProblemException.badRequest("island must be lower-case letters, digits and '-' (at most 64).");
        }
        LocalDate from = window.start(at, seasonMonths);
        String windowKey = window.key(at, seasonMonths);
        String key;
        if (island == null) {
            key = windowKey;
        } else {
            key = "i:" + island + (windowKey == null ? "" : "|" + windowKey);
        }
        return new Board(window, island, from, from == null ? null : window.end(from, seasonMonths), key);
    }

    /** True for the global all-time board, which lives on the players table. */
    public boolean global() {
        return key == null;
    }

    /**
     * Every board a score change at {@code at} on a mission of {@code island} (may be null)
     * counts on, the global all-time board excepted, in key order (the scoring lock order).
     */
    static List<String> keysFor(String island, Instant at, int seasonMonths) {
        List<String> keys = new ArrayList<>();
        for (Window w : Window.values()) {
            if (w != Window.ALL) {
                keys.add(w.key(at, seasonMonths));
            }
            if (island != null) {
                keys.add(of(w, island, at, seasonMonths).key());
            }
        }
        keys.sort(null);
        return keys;
    }
}
