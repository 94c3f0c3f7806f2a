package dev.sandcastle.solution;

import dev.sandcastle.web.ProblemException;

import java.util.Locale;

/** The orders of GET /api/missions/{slug}/solutions, each served by an index of V70. */
public enum SolutionSort {
    VOTES("s.votes DESC, s.id"),            // shared_solutions_votes_idx
    NEWEST("s.id DESC"),                    // shared_solutions_newest_idx
    SHORTEST("s.code_length, s.id"),        // shared_solutions_shortest_idx
    FASTEST("s.statements, s.cpu_ms, s.id"); // shared_solutions_fastest_idx (unmeasured last)

    final String orderBy;

    SolutionSort(String orderBy) {
        this.orderBy = orderBy;
    }

    public static SolutionSort parse(String value) {
        if (value == null || value.isBlank()) {
            return VOTES;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("sort must be votes, newest, shortest or fastest.");
        }
    }
}
