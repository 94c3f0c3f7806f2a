package dev.sandcastle.leaderboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long consumers and shared caches may reuse a leaderboard answer before revalidating it. */
@ConfigMapping(prefix = "sandcastle.leaderboard")
public interface LeaderboardConfig {
    /** Cache-Control max-age of leaderboard and profile answers; after it, If-None-Match gets a cheap 304. */
    @WithDefault("PT5S")
    Duration maxAge();
}
