package dev.sandcastle.leaderboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the leaderboard endpoints. */
public final class Standings {
    private Standings() {
    }

    /** A row of GET /api/leaderboard. */
    public record PlayerRow(long rank, String name, int points, int solved, Instant lastPointAt) {
    }

    /**
     * A row of GET /api/missions/{slug}/leaderboard. {@code at} is when the ranked value was
     * reached (first accepted Check, or the player's shortest / fastest accepted solution).
     */
    public record MissionRow(long rank, String name, Instant at, Integer codeLength, Long statements, Long cpuMs) {
    }

    /** A mission on a public profile; {@code solvedAt} is null while only partial credit was earned. */
    public record ProfileMission(String slug, String title, int points, Instant solvedAt) {
    }

    /** GET /api/players/{name}: rank is null while the player has no points. */
    public record Profile(String name, int points, Long rank, int solved, Instant lastPointAt, Instant joinedAt,
            List<ProfileMission> missions) {
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
