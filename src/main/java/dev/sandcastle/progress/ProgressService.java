package dev.sandcastle.progress;

import dev.sandcastle.player.Player;
import dev.sandcastle.player.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The islands a player has opened and the level they reached. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressService {

    @Inject
    EntityManager em;

    @Inject
    Levels levels;

    /** The map for a player, or for an anonymous visitor when {@code player} is null. */
    public Progress of(Player player) {
        int points = player == null ? 0 : player.points;
        boolean neverLocked = player != null && (player.roles.contains(Role.ADMIN) || player.roles.contains(Role.AUTHOR));
        // missions and the player's solves per island: one pass over the published catalogue (a few hundred rows)
        Map<String, long[]> counts = new TreeMap<>();
        for (Object r : em.createNativeQuery("""
                        SELECT m.island, count(*), count(s.solved_at) FROM missions m
                        LEFT JOIN mission_scores s ON s.mission_id = m.id AND s.player_id = ?1
                        WHERE m.published AND m.island IS NOT NULL GROUP BY m.island""")
                .setParameter(1, player == null ? -1L : player.id).getResultList()) {
            Object[] c = (Object[]) r;
            counts.put((String) c[0], new long[] {((Number) c[1]).longValue(), ((Number) c[2]).longValue()});
        }
        List<Progress.IslandView> islands = new ArrayList<>();
        for (Island island : Island.inOrder()) {
            long[] count = counts.remove(island.name);
            islands.add(view(island.name, island.title, island.unlockPoints, count, points, neverLocked));
        }
        counts.forEach((name, count) -> islands.add(view(name, name, 0, count, points, neverLocked))); // undeclared: open
        Levels.Level level = levels.of(points);
        return new Progress(player == null ? null : player.name, points, level.level(), level.nextLevelAt(), islands);
    }

    private static Progress.IslandView view(String name, String title, int unlockPoints, long[] count, int points,
            boolean neverLocked) {
        boolean open = neverLocked || points >= unlockPoints;
        return new Progress.IslandView(name, title, unlockPoints, count == null ? 0 : count[0], count == null ? 0 : count[1],
                open, open ? 0 : unlockPoints - points);
    }
}
