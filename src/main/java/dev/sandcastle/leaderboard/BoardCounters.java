package dev.sandcastle.leaderboard;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Keeps the windowed and island boards (board_scores, board_points of V80) in the verdict
 * transaction, after ScoreKeeper has locked the player's rows. Lock order: boards in key order,
 * inside a board the lower points bucket first, and all of it after the global counters of V13,
 * so concurrent verdicts cannot deadlock on them.
 */
@ApplicationScoped
public class BoardCounters {

    @Inject
    EntityManager em;

    @Inject
    LeaderboardConfig config;

    void checkSeason(@Observes StartupEvent event) {
        int months = config.seasonMonths();
        if (months < 1 || 12 % months != 0) {
            throw new IllegalStateException("sandcastle.leaderboard.season-months must be 1, 2, 3, 4, 6 or 12, not " + months);
        }
    }

    /** Adds what one Check gained to every board it counts on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(long playerId, String island, int gained, boolean newlySolved, OffsetDateTime at) {
        List<String> boards = Board.keysFor(island, at.toInstant(), config.seasonMonths());
        for (String board : boards) {
            int total = ((Number) em.createNativeQuery("""
                            INSERT INTO board_scores AS b (board, player_id, points, solved_count, last_point_at)
                            VALUES (?1, ?2, ?3, CASE WHEN ?4 THEN 1 ELSE 0 END, CASE WHEN ?3 > 0 THEN CAST(?5 AS timestamptz) END)
                            ON CONFLICT (board, player_id) DO UPDATE
                            SET points = b.points + ?3,
                                solved_count = b.solved_count + CASE WHEN ?4 THEN 1 ELSE 0 END,
                                last_point_at = CASE WHEN ?3 > 0 THEN CAST(?5 AS timestamptz) ELSE b.last_point_at END
                            RETURNING points""")
                    .setParameter(1, board)
                    .setParameter(2, playerId)
                    .setParameter(3, gained)
                    .setParameter(4, newlySolved)
                    .setParameter(5, at)
                    .getSingleResult()).intValue();
            if (gained > 0) {
                int before = total - gained;
                if (before > 0) {
                    em.createNativeQuery("UPDATE board_points SET players = players - 1 WHERE board = ?1 AND points = ?2")
                            .setParameter(1, board).setParameter(2, before).executeUpdate();
                }
                em.createNativeQuery("""
                                INSERT INTO board_points AS c (board, points, players) VALUES (?1, ?2, 1)
                                ON CONFLICT (board, points) DO UPDATE SET players = c.players + 1""")
                        .setParameter(1, board).setParameter(2, total).executeUpdate();
            }
        }
    }
}
