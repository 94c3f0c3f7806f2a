package dev.sandcastle.leaderboard;

import dev.sandcastle.leaderboard.LeaderboardService.Rows;
import dev.sandcastle.leaderboard.Standings.Around;
import dev.sandcastle.leaderboard.Standings.BoardPage;
import dev.sandcastle.web.PageRequest;
import dev.sandcastle.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Windowed and island boards, and the rows around a player on any board. Each read is one or
 * two indexed statements (players_leaderboard_idx or board_scores_rank_idx plus the points
 * buckets), whatever the window, island or depth.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BoardService {

    @Inject
    EntityManager em;

    @Inject
    LeaderboardService global;

    public BoardPage page(Board board, PageRequest page) {
        Rows rows = rows(board, page.size(), page.offset());
        return new BoardPage(board.window(), board.island(), board.from(), board.until(),
                rows.rows(), page.page(), page.size(), rows.total());
    }

    /**
     * Up to {@code radius} rows above and below the player, the player's own row included; fewer
     * at the top and bottom of the board. 404 for an unknown player; a player without points on
     * this board has no rank and no rows.
     */
    public Around around(Board board, String name, int radius) {
        List<?> found = em.createNativeQuery("SELECT id, name FROM players WHERE lower(name) = lower(?1)")
                .setParameter(1, name).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("No player '" + name + "'.");
        }
        Object[] player = (Object[]) found.getFirst();
        long id = ((Number) player[0]).longValue();
        String exactName = (String) player[1];
        Long rank = rankOf(board, id);
        if (rank == null) {
            Rows total = rows(board, 1, 0);
            return new Around(board.window(), board.island(), board.from(), board.until(), exactName, null,
                    List.of(), total.total());
        }
        long offset = Math.max(0, rank - 1 - radius);
        int limit = (int) (rank - offset + radius);
        Rows rows = rows(board, limit, offset);
        return new Around(board.window(), board.island(), board.from(), board.until(), exactName, rank,
                rows.rows(), rows.total());
    }

    private Rows rows(Board board, int limit, long offset) {
        return board.global() ? global.globalRows(limit, offset) : global.boardRows(board.key(), limit, offset);
    }

    /**
     * 1 + players in higher points buckets + players of the same points who got there first; null
     * without points. {@code x.points > 0} is implied but spelled out: without it the planner
     * cannot prove the partial rank indexes apply to a correlated {@code x.points = p.points}.
     */
    private Long rankOf(Board board, long playerId) {
        List<?> rank = board.global()
                ? em.createNativeQuery("""
                        SELECT 1 + (SELECT coalesce(sum(players), 0) FROM leaderboard_points WHERE points > p.points)
                                 + (SELECT count(*) FROM players x
                                    WHERE x.points = p.points AND x.points > 0
                                      AND (x.last_point_at, x.id) < (p.last_point_at, p.id))
                        FROM players p WHERE p.id = ?1 AND p.points > 0""")
                        .setParameter(1, playerId).getResultList()
                : em.createNativeQuery("""
                        SELECT 1 + (SELECT coalesce(sum(players), 0) FROM board_points c
                                    WHERE c.board = b.board AND c.points > b.points)
                                 + (SELECT count(*) FROM board_scores x
                                    WHERE x.board = b.board AND x.points = b.points AND x.points > 0
                                      AND (x.last_point_at, x.player_id) < (b.last_point_at, b.player_id))
                        FROM board_scores b WHERE b.board = ?1 AND b.player_id = ?2 AND b.points > 0""")
                        .setParameter(1, board.key()).setParameter(2, playerId).getResultList();
        return rank.isEmpty() ? null : ((Number) rank.getFirst()).longValue();
    }
}
