package dev.sandcastle.leaderboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Leaderboard answers: how long they may be reused, and how long a season lasts. */
@ConfigMapping(prefix = "sandcastle.leaderboard")
public interface LeaderboardConfig {
    /** Cache-Control max-age of leaderboard and profile answers; after it, If-None-Match gets a cheap 304. */
    @WithDefault("PT5S")
    Duration maxAge();

    /**
     * Length of a season in calendar months: 1, 2, 3, 4, 6 or 12. Seasons start on 1 January
     * (UTC) and follow each other, so with 3 they start on 1 January, April, July and October.
     */
    @WithDefault("3")
    int seasonMonths();

    /** Largest {@code radius} of GET /api/leaderboard/around/{name}. */
    @WithDefault("50")
    int maxRadius();
}
