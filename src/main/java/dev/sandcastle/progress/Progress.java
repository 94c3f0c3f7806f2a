package dev.sandcastle.progress;

import java.util.List;

/**
 * GET /api/islands: the islands in travel order and, for a signed-in player, where they stand.
 * {@code player} is null (and {@code points} 0) for an anonymous caller.
 */
public record Progress(String player, int points, int level, Integer nextLevelAt, List<IslandView> islands) {

    /** An island: how many points open it, its missions, how many the player solved, and what is missing. */
    public record IslandView(String name, String title, int unlockPoints, long missions, long solved, boolean open,
            int pointsNeeded) {
    }
}
