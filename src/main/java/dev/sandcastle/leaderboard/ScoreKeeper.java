package dev.sandcastle.leaderboard;

import dev.sandcastle.feed.FeedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Scores a graded Check inside the verdict transaction (docs/decisions/0021).
 *
 * <p>Exactly once: the (player, mission) row of mission_scores is inserted if missing (ON
 * CONFLICT DO NOTHING waits for a concurrent inserter to commit) and then locked with FOR
 * UPDATE, so concurrent verdicts for the same player and mission are applied one after the
 * other, and the second sees what the first did. Points only ever grow: partial credit keeps
 * the best Check, the first ACCEPTED Check raises it to the full points and marks the mission
 * solved, and after that only the player's best shortest/fastest metrics move.
 */
@ApplicationScoped
public class ScoreKeeper {

    /** What one Check changed for its player. */
    public record Outcome(int pointsGained, boolean newlySolved, boolean forfeited) {
        static final Outcome NOTHING = new Outcome(0, false, false);
        /** The player unlocked the mission's solutions before solving it: nothing more is earned. */
        static final Outcome FORFEITED = new Outcome(0, false, true);

        public Outcome(int pointsGained, boolean newlySolved) {
            this(pointsGained, newlySolved, false);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    BoardCounters boards;

    @Inject
    FeedEvents feed;

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome record(GradedCheck check) {
        boolean accepted = check.verdict().accepted();
        int earned = PartialCredit.earned(check.missionPoints(), check.verdict(), check.tests());
        if (!accepted && earned == 0) {
            return Outcome.NOTHING;
        }
        em.createNativeQuery("INSERT INTO mission_scores (player_id, mission_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, check.playerId())
                .setParameter(2, check.missionId())
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT points, solved_at, solutions_unlocked_at FROM mission_scores WHERE player_id = ?1 AND mission_id = ?2 FOR UPDATE")
                .setParameter(1, check.playerId())
                .setParameter(2, check.missionId())
                .getSingleResult();
        int before = ((Number) row[0]).intValue();
        boolean wasSolved = row[1] != null;
        if (!wasSolved && row[2] != null) {
            return Outcome.FORFEITED; // solutions unlocked before solving (solution.SolutionService.unlock, ADR 0060)
        }
        int gained = wasSolved ? 0 : Math.max(0, earned - before);
        boolean newlySolved = accepted && !wasSolved;
        OffsetDateTime at = utc(check.gradedAt());

        if (gained > 0 || newlySolved) {
            em.createNativeQuery("""
                            UPDATE mission_scores
                            SET points = points + ?3,
                                first_point_at = coalesce(first_point_at, ?4),
                                solved_at = CASE WHEN ?5 THEN ?4 ELSE solved_at END,
                                solved_submission_id = CASE WHEN ?5 THEN ?6 ELSE solved_submission_id END
                            WHERE player_id = ?1 AND mission_id = ?2""")
                    .setParameter(1, check.playerId())
                    .setParameter(2, check.missionId())
                    .setParameter(3, gained)
                    .setParameter(4, at)
                    .setParameter(5, newlySolved)
                    .setParameter(6, check.submissionId())
                    .executeUpdate();
            Object[] player = (Object[]) em.createNativeQuery("""
                            UPDATE players
                            SET points = points + ?2,
                                solved_count = solved_count + CASE WHEN ?3 THEN 1 ELSE 0 END,
                                last_point_at = CASE WHEN ?2 > 0 THEN ?4 ELSE last_point_at END
                            WHERE id = ?1
                            RETURNING points, name""")
                    .setParameter(1, check.playerId())
                    .setParameter(2, gained)
                    .setParameter(3, newlySolved)
                    .setParameter(4, at)
                    .getSingleResult();
            int total = ((Number) player[0]).intValue();
            if (gained > 0) {
                movePointsBucket(total - gained, total);
            }
            if (newlySolved) {
                // the mission's solver count, locked until commit, numbers the solves: 1, 2, 3, ...
                int solveRank = ((Number) em.createNativeQuery("""
                                INSERT INTO mission_solvers (mission_id, solvers) VALUES (?1, 1)
                                ON CONFLICT (mission_id) DO UPDATE SET solvers = mission_solvers.solvers + 1
                                RETURNING solvers""")
                        .setParameter(1, check.missionId())
                        .getSingleResult()).intValue();
                em.createNativeQuery("UPDATE mission_scores SET solve_rank = ?3 WHERE player_id = ?1 AND mission_id = ?2")
                        .setParameter(1, check.playerId())
                        .setParameter(2, check.missionId())
                        .setParameter(3, solveRank)
                        .executeUpdate();
            }
            announce(check, (String) player[1], gained, total, newlySolved, at);
        }
        if (accepted) {
            recordBests(check, at);
        }
        return new Outcome(gained, newlySolved);
    }

    /**
     * The windowed and island boards (after the global counters: the lock order of 0022), and
     * the score.changed event in the outbox, all in this verdict transaction (docs/decisions/0063).
     * The new rank is the all-time one: the player reached this total last, so they rank after
     * everyone already at it.
     */
    private void announce(GradedCheck check, String name, int gained, int total, boolean newlySolved, OffsetDateTime at) {
        Object[] mission = (Object[]) em.createNativeQuery("SELECT slug, island FROM missions WHERE id = ?1")
                .setParameter(1, check.missionId()).getSingleResult();
        String island = (String) mission[1];
        boards.add(check.playerId(), island, gained, newlySolved, at);
        Long rank = total == 0 ? null : ((Number) em.createNativeQuery(
                        "SELECT coalesce(sum(players), 0) FROM leaderboard_points WHERE points >= ?1")
                .setParameter(1, total).getSingleResult()).longValue();
        feed.scoreChanged(new FeedEvents.ScoreChanged(name, (String) mission[0], island, gained, total, rank,
                newlySolved, check.gradedAt()));
    }

    /** Moves a player from one points bucket to a higher one (lower bucket first: a fixed lock order). */
    private void movePointsBucket(int from, int to) {
        if (from > 0) {
            em.createNativeQuery("UPDATE leaderboard_points SET players = players - 1 WHERE points = ?1")
                    .setParameter(1, from)
                    .executeUpdate();
        }
        em.createNativeQuery("""
                        INSERT INTO leaderboard_points (points, players) VALUES (?1, 1)
                        ON CONFLICT (points) DO UPDATE SET players = leaderboard_points.players + 1""")
                .setParameter(1, to)
                .executeUpdate();
    }

    /**
     * The player's shortest and fastest accepted solutions of the mission; ties keep the earlier
     * one. Fastest: fewest statements, then CPU ms; a solution whose statements were not measured
     * (-1, stored as NULL) only beats another unmeasured one, by CPU ms.
     */
    private void recordBests(GradedCheck check, OffsetDateTime at) {
        em.createNativeQuery("""
                        UPDATE mission_scores
                        SET best_code_length = ?3, best_code_at = ?4, best_code_submission_id = ?5
                        WHERE player_id = ?1 AND mission_id = ?2
                          AND (best_code_length IS NULL OR best_code_length > ?3)""")
                .setParameter(1, check.playerId())
                .setParameter(2, check.missionId())
                .setParameter(3, check.codeLength())
                .setParameter(4, at)
                .setParameter(5, check.submissionId())
                .executeUpdate();
        em.createNativeQuery("""
                        UPDATE mission_scores
                        SET best_statements = NULLIF(?3, -1), best_cpu_ms = ?4, best_speed_at = ?5,
                            best_speed_submission_id = ?6
                        WHERE player_id = ?1 AND mission_id = ?2
                          AND (best_speed_at IS NULL
                               OR (?3 >= 0 AND (best_statements IS NULL OR (best_statements, best_cpu_ms) > (?3, ?4)))
                               OR (?3 < 0 AND best_statements IS NULL AND best_cpu_ms > ?4))""")
                .setParameter(1, check.playerId())
                .setParameter(2, check.missionId())
                .setParameter(3, check.statements())
                .setParameter(4, check.cpuMs())
                .setParameter(5, at)
                .setParameter(6, check.submissionId())
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
