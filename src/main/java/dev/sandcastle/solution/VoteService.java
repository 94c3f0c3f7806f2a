package dev.sandcastle.solution;

import dev.sandcastle.player.Player;
import dev.sandcastle.web.Problem;
import dev.sandcastle.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * One vote per player per solution, never on one's own, only by players who solved the
 * mission (so a vote costs a solve, not just an account). The solution's row is locked while a
 * vote is applied, so its total and the author's reputation move by exactly the change of the
 * vote, however many votes arrive at once.
 */
@ApplicationScoped
public class VoteService {

    @Inject
    SolutionAccess access;

    @Inject
    EntityManager em;

    @Transactional
    public SolutionViews.Vote vote(Player voter, long solutionId, SolutionViews.VoteRequest request) {
        Integer value = request == null ? null : request.value();
        if (value == null || value < -1 || value > 1) {
            throw ProblemException.unprocessable("The request is well-formed but not valid.",
                    List.of(new Problem.FieldError("value", "must be 1 (up), -1 (down) or 0 (take the vote back)")));
        }
        SharedSolution solution = access.visible(voter, solutionId, true);
        if (solution.player.id.equals(voter.id)) {
            throw new ProblemException(403, "You cannot vote on your own solution.");
        }
        if (!access.standing(voter.id, solution.mission.id).solved()) {
            throw new ProblemException(403, "Only players who solved '" + solution.mission.slug + "' vote on its solutions.");
        }
        SolutionVote existing = SolutionVote.of(solutionId, voter.id).orElse(null);
        int before = existing == null ? 0 : existing.value;
        if (value == 0 && existing != null) {
            existing.delete();
        } else if (value != 0 && existing == null) {
            SolutionVote vote = new SolutionVote();
            vote.solutionId = solutionId;
            vote.playerId = voter.id;
            vote.value = value.shortValue();
            vote.votedAt = Instant.now();
            vote.persist();
        } else if (value != 0) {
            existing.value = value.shortValue();
            existing.votedAt = Instant.now();
        }
        int delta = value - before;
        if (delta != 0) {
            solution.votes += delta;
            em.createNativeQuery("UPDATE players SET reputation = reputation + ?2 WHERE id = ?1")
                    .setParameter(1, solution.player.id).setParameter(2, delta).executeUpdate();
        }
        return new SolutionViews.Vote(solutionId, solution.votes, value);
    }
}
