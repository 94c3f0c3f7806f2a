package dev.sandcastle.leaderboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the leaderboard endpoints. */
public final class Standings {
    private Standings() {
    }

    /** A row of GET /api/leaderboard; {@code level} from the points (progress.Levels). */
    public record PlayerRow(long rank, String name, int points, int solved, Instant lastPointAt, int level) {
    }

    /**
     * A row of GET /api/missions/{slug}/leaderboard. {@code at} is when the ranked value was
     * reached (first accepted Check, or the player's shortest / fastest accepted solution).
     * {@code statements} and {@code cpuMs} are rounded down to a power of two
     * ({@link #coarse}): the exact figures include hidden tests and rank the board server-side.
     */
    public record MissionRow(long rank, String name, Instant at, Integer codeLength, Long statements, Long cpuMs, int level) {
    }

    /**
     * A figure that includes hidden tests, as the fastest board shows it: rounded down to a power
     * of two, so a solution that makes its run longer depending on a hidden input reads at most
     * a few bits per improvement of its best (docs/security.md), not the input.
     */
    public static Long coarse(Long exact) {
        return exact == null || exact <= 0 ? exact : Long.valueOf(Long.highestOneBit(exact));
    }

    /** A mission on a public profile; {@code solvedAt} is null while only partial credit was earned. */
    public record ProfileMission(String slug, String title, int points, Instant solvedAt) {
    }

    /**
     * GET /api/players/{name}: rank is null while the player has no points; {@code nextLevelAt} is
     * null at the top level; {@code reputation} is the sum of the votes on the player's shared solutions.
     */
    public record Profile(String name, int points, Long rank, int solved, Instant lastPointAt, Instant joinedAt,
            List<ProfileMission> missions, int level, Integer nextLevelAt, int reputation) {
    }

    /**
     * A page of GET /api/leaderboard: the window's UTC period is [from, until) (both null for
     * window=all); island is null for every island.
     */
    public record BoardPage(Window window, String island, LocalDate from, LocalDate until, List<PlayerRow> items,
            int page, int size, long total) {
    }

    /** GET /api/leaderboard/around/{name}: rank is null (and items empty) while the player has no points on the board. */
    public record Around(Window window, String island, LocalDate from, LocalDate until, String player, Long rank,
            List<PlayerRow> items, long total) {
    }
}
