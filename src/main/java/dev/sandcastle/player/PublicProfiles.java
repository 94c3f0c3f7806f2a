package dev.sandcastle.player;

import java.time.Duration;
import java.util.Optional;

/**
 * A player's public profile (points, rank, missions). The leaderboard computes it; this port
 * lets the players' endpoint serve it without the player feature depending on the leaderboard.
 */
public interface PublicProfiles {

    /** The profile of the player called {@code name} (any case), or empty when there is none. */
    Optional<?> profile(String name);

    /** How long a profile answer may be reused (Cache-Control max-age). */
    Duration maxAge();
}
