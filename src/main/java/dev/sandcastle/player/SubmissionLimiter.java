package dev.sandcastle.player;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Per-player submission limits: at most {@code maxPerWindow} submissions per window and at most
 * {@code maxQueued} waiting or being graded, so one player cannot starve the queue.
 *
 * <p>Call {@link #admit} in the transaction that inserts the submission, before the insert. It
 * locks the player's row, so concurrent submissions of one player are counted one after the
 * other and cannot slip past the limit together. Counting from the submissions table (rather
 * than in memory) keeps the limit exact across several API processes.
 */
@ApplicationScoped
public class SubmissionLimiter {

    @Inject
    AccountsConfig config;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void admit(long playerId) {
        var limits = config.submissions();
        em.createNativeQuery("SELECT id FROM players WHERE id = ?1 FOR NO KEY UPDATE")
                .setParameter(1, playerId).getResultList();
        long pending = ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM submissions WHERE player_id = ?1 AND status <> 'DONE'")
                .setParameter(1, playerId).getSingleResult()).longValue();
        if (pending >= limits.maxQueued()) {
            throw new SubmissionLimitException(limits.queuedRetryAfterSeconds(),
                    "You already have " + pending + " submissions waiting to be graded (at most "
                            + limits.maxQueued() + "); wait for one to finish.");
        }
        Object[] recent = (Object[]) em.createNativeQuery("""
                        SELECT count(*),
                               ceil(extract(epoch FROM min(created_at) + make_interval(secs => ?3) - now()))
                        FROM (SELECT created_at FROM submissions WHERE player_id = ?1 ORDER BY id DESC LIMIT ?2) r
                        WHERE created_at > now() - make_interval(secs => ?3)""")
                .setParameter(1, playerId)
                .setParameter(2, limits.maxPerWindow())
                .setParameter(3, (double) limits.window().toSeconds())
                .getSingleResult();
        if (((Number) recent[0]).longValue() >= limits.maxPerWindow()) {
            long retryAfter = Math.max(1, ((Number) recent[1]).longValue());
            throw new SubmissionLimitException(retryAfter, "At most " + limits.maxPerWindow()
                    + " submissions per " + limits.window().toSeconds() + " s; try again in " + retryAfter + " s.");
        }
    }
}
