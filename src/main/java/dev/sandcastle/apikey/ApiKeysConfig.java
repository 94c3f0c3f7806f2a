package dev.sandcastle.apikey;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Read-only API keys for leaderboard consumers (README, "For leaderboard consumers"). */
@ConfigMapping(prefix = "sandcastle.keys")
public interface ApiKeysConfig {
    /** Requests one key may make per window (on any endpoint); beyond it 429 with Retry-After. */
    @WithDefault("600")
    int requestsPerWindow();

    /** The rate-limit window (fixed windows aligned to the epoch). */
    @WithDefault("PT1M")
    Duration window();

    /** Keys one account may hold. */
    @WithDefault("10")
    int maxPerOwner();
}
