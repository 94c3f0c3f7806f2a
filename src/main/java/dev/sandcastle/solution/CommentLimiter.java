package dev.sandcastle.solution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * At most {@code maxPerWindow} comments per player per window, counted in PostgreSQL
 * (solution_comments_player_idx) under a lock on the player's row, so concurrent posts of one
 * player cannot slip past the limit together and the limit holds across API processes.
 */
@ApplicationScoped
public class CommentLimiter {

    @Inject
    SolutionConfig config;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void admit(long playerId) {
        SolutionConfig.Comments limits = config.comments();
        em.createNativeQuery("SELECT id FROM players WHERE id = ?1 FOR NO KEY UPDATE")
                .setParameter(1, playerId).getResultList();
        Object[] recent = (Object[]) em.createNativeQuery("""
                        SELECT count(*), ceil(extract(epoch FROM min(created_at) + make_interval(secs => ?2) - now()))
                        FROM solution_comments
                        WHERE player_id = ?1 AND created_at > now() - make_interval(secs => ?2)""")
                .setParameter(1, playerId)
                .setParameter(2, (double) limits.window().toSeconds())
                .getSingleResult();
        if (((Number) recent[0]).longValue() >= limits.maxPerWindow()) {
            long retryAfter = Math.max(1, ((Number) recent[1]).longValue());
            throw new CommentLimitException(retryAfter, "At most " + limits.maxPerWindow() + " comments per "
                    + limits.window().toSeconds() + " s; try again in " + retryAfter + " s.");
        }
    }
}
