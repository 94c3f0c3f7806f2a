package dev.sandcastle.leaderboard;

import dev.sandcastle.web.ProblemException;
import java.util.Locale;

/** The orders of a mission leaderboard ({@code ?by=}); each has its own index in V11. */
public enum MissionRanking {
    /** Who solved it first: the order in which solves were recorded (solve_rank, V14). */
    FIRST("s.solve_rank"),
    /** Shortest accepted solution (characters without comments and blanks); ties: who got there first. */
    SHORTEST("s.best_code_length, s.best_code_at, s.player_id"),
    /** Fewest statements executed, then CPU ms: statements do not depend on a noisy machine. */
    FASTEST("s.best_statements, s.best_cpu_ms, s.best_speed_at, s.player_id");

    final String orderBy;

    MissionRanking(String orderBy) {
        this.orderBy = orderBy;
    }

    public static MissionRanking parse(String by) {
        if (by == null || by.isBlank()) {
            return FIRST;
        }
        try {
            return valueOf(by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("by must be first, shortest or fastest.");
        }
    }
}
