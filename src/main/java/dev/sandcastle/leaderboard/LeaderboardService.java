package dev.sandcastle.leaderboard;

import dev.sandcastle.leaderboard.Standings.MissionRow;
import dev.sandcastle.leaderboard.Standings.PlayerRow;
import dev.sandcastle.leaderboard.Standings.Profile;
import dev.sandcastle.leaderboard.Standings.ProfileMission;
import dev.sandcastle.player.PublicProfiles;
import dev.sandcastle.web.Page;
import dev.sandcastle.web.PageRequest;
import dev.sandcastle.progress.Levels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads standings from the denormalised score columns. Every query here is served by an index
 * of V10/V11 (named next to each); the benchmark in docs/performance.md measures them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LeaderboardService implements PublicProfiles {

    @Inject
    EntityManager em;

    @Inject
    Levels levels;

    @Inject
    LeaderboardConfig config;

    /**
     * Players with points: points desc, then earliest last point, then id. One statement (one
     * snapshot): the points buckets give the total and the points value where the page starts,
     * so the index scan (players_leaderboard_idx) skips every higher group instead of walking
     * OFFSET rows from the top.
     */
    public Page<PlayerRow> players(PageRequest page) {
        Rows rows = globalRows(page.size(), page.offset());
        return Page.of(rows.rows(), page, rows.total());
    }

    /** Ranked rows of a board and its total: {@code limit} rows from position {@code offset} (0-based). */
    record Rows(long total, List<PlayerRow> rows) {
    }

    /** The global all-time board: rows from players, start found from leaderboard_points. */
    Rows globalRows(int limit, long offset) {
        List<?> result = em.createNativeQuery("""
                        WITH buckets AS (
                            SELECT points, sum(players) OVER (ORDER BY points DESC) - players AS above
                            FROM leaderboard_points WHERE players > 0),
                        start AS (
                            SELECT points, above FROM buckets WHERE above <= ?2 ORDER BY points LIMIT 1)
                        SELECT (SELECT coalesce(sum(players), 0) FROM leaderboard_points) AS total,
                               p.name, p.points, p.solved_count, p.last_point_at
                        FROM (SELECT 1) one
                        LEFT JOIN start ON true
                        LEFT JOIN LATERAL (
                            SELECT name, points, solved_count, last_point_at FROM players
                            WHERE points > 0 AND points <= start.points
                            ORDER BY points DESC, last_point_at, id
                            LIMIT ?1 OFFSET ?2 - start.above) p ON true""")
                .setParameter(1, limit)
                .setParameter(2, offset)
                .getResultList();
        return toRows(result, offset);
    }

    /**
     * A windowed or island board (board_scores_rank_idx): the same technique as the global one,
     * with the board's own points buckets (board_points).
     */
    Rows boardRows(String board, int limit, long offset) {
        List<?> result = em.createNativeQuery("""
                        WITH buckets AS (
                            SELECT points, sum(players) OVER (ORDER BY points DESC) - players AS above
                            FROM board_points WHERE board = ?3 AND players > 0),
                        start AS (
                            SELECT points, above FROM buckets WHERE above <= ?2 ORDER BY points LIMIT 1)
                        SELECT (SELECT coalesce(sum(players), 0) FROM board_points WHERE board = ?3) AS total,
                               p.name, s.points, s.solved_count, s.last_point_at
                        FROM (SELECT 1) one
                        LEFT JOIN start ON true
                        LEFT JOIN LATERAL (
                            SELECT player_id, points, solved_count, last_point_at FROM board_scores
                            WHERE board = ?3 AND points > 0 AND points <= start.points
                            ORDER BY points DESC, last_point_at, player_id
                            LIMIT ?1 OFFSET ?2 - start.above) s ON true
                        LEFT JOIN players p ON p.id = s.player_id
                        ORDER BY s.points DESC, s.last_point_at, s.player_id""")
                .setParameter(1, limit)
                .setParameter(2, offset)
                .setParameter(3, board)
                .getResultList();
        return toRows(result, offset);
    }

    private Rows toRows(List<?> result, long offset) {
        long total = 0;
        List<PlayerRow> rows = new ArrayList<>();
        long rank = offset;
        for (Object r : result) {
            Object[] c = (Object[]) r;
            total = ((Number) c[0]).longValue();
            if (c[1] != null) {
                rows.add(new PlayerRow(++rank, (String) c[1], integer(c[2]), integer(c[3]), instant(c[4]),
                        levels.of(integer(c[2])).level()));
            }
        }
        return new Rows(total, rows);
    }

    /**
     * Solvers of a mission in the given order; empty if there is no such mission. The page is
     * cut from the order's covering index (mission_scores_solve_rank_idx, _shortest_idx,
     * _fastest_idx) before players are joined for their names, so skipped rows are never joined.
     */
    public Optional<Page<MissionRow>> mission(String slug, MissionRanking by, PageRequest page) {
        List<?> found = em.createNativeQuery("""
                        SELECT m.id, coalesce(s.solvers, 0) FROM missions m
                        LEFT JOIN mission_solvers s ON s.mission_id = m.id
                        WHERE m.slug = ?1 AND m.published""")
                .setParameter(1, slug).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] mission = (Object[]) found.getFirst();
        long missionId = ((Number) mission[0]).longValue();
        long total = ((Number) mission[1]).longValue();
        List<MissionRow> rows = new ArrayList<>();
        if ((long) page.offset() < total) {
            // by=first is a range of solve_rank (1..solvers, gap-free), so no page walks an OFFSET
            String window = by == MissionRanking.FIRST
                    ? "s.solve_rank > ?3 ORDER BY s.solve_rank LIMIT ?2"
                    : "s.solved_at IS NOT NULL ORDER BY %s LIMIT ?2 OFFSET ?3".formatted(by.orderBy);
            List<?> result = em.createNativeQuery("""
                            SELECT p.name, s.solved_at, s.best_code_length, s.best_code_at,
                                   s.best_statements, s.best_cpu_ms, s.best_speed_at, p.points
                            FROM (SELECT %4$s FROM mission_scores s
                                  WHERE s.mission_id = ?1 AND %3$s) page
                            JOIN mission_scores s ON s.player_id = page.player_id AND s.mission_id = ?1
                            JOIN players p ON p.id = s.player_id
                            ORDER BY %2$s""".formatted(by.orderBy, by.orderBy.replace("s.", "page."), window,
                            by.orderBy.contains("player_id") ? by.orderBy : by.orderBy + ", s.player_id"))
                    .setParameter(1, missionId)
                    .setParameter(2, page.size())
                    .setParameter(3, page.offset())
                    .getResultList();
            long rank = page.offset();
            for (Object r : result) {
                Object[] c = (Object[]) r;
                int level = levels.of(integer(c[7])).level();
                rows.add(switch (by) {
                    case FIRST -> new MissionRow(++rank, (String) c[0], instant(c[1]), null, null, null, level);
                    case SHORTEST -> new MissionRow(++rank, (String) c[0], instant(c[3]), integer(c[2]), null, null, level);
                    case FASTEST -> new MissionRow(++rank, (String) c[0], instant(c[6]), null,
                            Standings.coarse(longValue(c[4])), Standings.coarse(longValue(c[5])), level);
                });
            }
        }
        return Optional.of(Page.of(rows, page, total));
    }

    /**
     * A public profile (players_name_lower_idx). Rank = 1 + players in higher points buckets +
     * players with the same points who got there first (one points group of players_leaderboard_idx).
     */
    @Override
    public Optional<Profile> profile(String name) {
        List<?> found = em.createNativeQuery("""
                        SELECT id, name, points, solved_count, last_point_at, created_at, reputation
                        FROM players WHERE lower(name) = lower(?1)""")
                .setParameter(1, name).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] p = (Object[]) found.getFirst();
        long id = ((Number) p[0]).longValue();
        int points = integer(p[2]);
        Long rank = points == 0 ? null : ((Number) em.createNativeQuery("""
                        SELECT 1 + (SELECT coalesce(sum(players), 0) FROM leaderboard_points WHERE points > ?1)
                                 + (SELECT count(*) FROM players
                                    WHERE points = ?1 AND (last_point_at, id) < (?2, ?3))""")
                .setParameter(1, points)
                .setParameter(2, p[4])
                .setParameter(3, id)
                .getSingleResult()).longValue();
        List<ProfileMission> missions = new ArrayList<>();
        for (Object r : em.createNativeQuery("""
                        SELECT m.slug, m.title, s.points, s.solved_at
                        FROM mission_scores s JOIN missions m ON m.id = s.mission_id
                        WHERE s.player_id = ?1 AND s.points > 0
                        ORDER BY s.solved_at NULLS LAST, m.slug""")
                .setParameter(1, id).getResultList()) {
            Object[] c = (Object[]) r;
            missions.add(new ProfileMission((String) c[0], (String) c[1], integer(c[2]), instant(c[3])));
        }
        Levels.Level level = levels.of(points);
        return Optional.of(new Profile((String) p[1], points, rank, integer(p[3]), instant(p[4]), instant(p[5]), missions,
                level.level(), level.nextLevelAt(), integer(p[6])));
    }

    private static int integer(Object value) {
        return ((Number) value).intValue();
    }

    private static Long longValue(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }

    @Override
    public Duration maxAge() {
        return config.maxAge();
    }
}
