package dev.sandcastle.solution;

import dev.sandcastle.mission.Mission;
import dev.sandcastle.player.Player;
import dev.sandcastle.player.Role;
import dev.sandcastle.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Who may read a mission's shared solutions: players who solved it or unlocked its solutions
 * (no spoilers for the others), the mission's author and admins.
 */
@ApplicationScoped
public class SolutionAccess {

    /** Where a player stands on a mission (mission_scores, primary key). */
    public record Standing(boolean solved, boolean unlocked) {
        static final Standing NONE = new Standing(false, false);
    }

    @Inject
    EntityManager em;

    public Standing standing(long playerId, long missionId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT solved_at IS NOT NULL, solutions_unlocked_at IS NOT NULL
                        FROM mission_scores WHERE player_id = ?1 AND mission_id = ?2""")
                .setParameter(1, playerId).setParameter(2, missionId).getResultList();
        if (rows.isEmpty()) {
            return Standing.NONE;
        }
        Object[] row = (Object[]) rows.getFirst();
        return new Standing((Boolean) row[0], (Boolean) row[1]);
    }

    public boolean canRead(Player player, Mission mission) {
        if (player.roles.contains(Role.ADMIN) || player.id.equals(mission.authorId)) {
            return true;
        }
        Standing standing = standing(player.id, mission.id);
        return standing.solved() || standing.unlocked();
    }

    /** 403 unless the player may read the mission's solutions. */
    public void requireRead(Player player, Mission mission) {
        if (!canRead(player, mission)) {
            throw new ProblemException(403, "The solutions of '" + mission.slug + "' are shown to players who solved it."
                    + " Solve it first, or give up its points with POST /api/missions/" + mission.slug
                    + "/solutions/unlock.");
        }
    }

    /** A solution the player may see: 404 when it does not exist or is hidden (admins see hidden ones), 403 without access. */
    public SharedSolution visible(Player player, long solutionId, boolean lock) {
        SharedSolution solution = (lock ? SharedSolution.lockById(solutionId)
                : SharedSolution.<SharedSolution>findByIdOptional(solutionId))
                .filter(s -> !s.hidden || player.roles.contains(Role.ADMIN))
                .orElseThrow(() -> ProblemException.notFound("There is no solution " + solutionId + "."));
        requireRead(player, solution.mission);
        return solution;
    }
}
