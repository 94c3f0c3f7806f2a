package dev.sandcastle.progress;

import dev.sandcastle.mission.Mission;
import dev.sandcastle.player.Player;
import dev.sandcastle.player.Role;
import dev.sandcastle.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Islands open with points: a mission on an island the player has not reached yet can be read
 * but not submitted to. Authors and admins are never locked out; an undeclared island is open.
 */
@ApplicationScoped
public class IslandGate {

    /** The island that keeps this player from the mission, if any. */
    public Optional<Island> lockedFor(Player player, Mission mission) {
        if (player.roles.contains(Role.ADMIN) || player.roles.contains(Role.AUTHOR)) {
            return Optional.empty();
        }
        return Island.findByName(mission.island).filter(island -> island.unlockPoints > player.points);
    }

    /** 403 with what is missing when the mission's island is still locked for the player. */
    public void admit(Player player, Mission mission) {
        lockedFor(player, mission).ifPresent(island -> {
            throw new ProblemException(403, "The island '" + island.title + "' (" + island.name + ") opens at "
                    + island.unlockPoints + " points; you have " + player.points + ", " + (island.unlockPoints - player.points)
                    + " more to go. Earn them on the islands that are open (GET /api/islands).");
        });
    }
}
