package dev.sandcastle.player;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Accounts, tokens and abuse limits. Every value has a default here and the same table in the
 * README; environment variables follow the usual mapping ({@code sandcastle.players.token-ttl}
 * is {@code SANDCASTLE_PLAYERS_TOKEN_TTL}).
 */
@ConfigMapping(prefix = "sandcastle.players")
public interface AccountsConfig {

    /** bcrypt cost factor (log2 rounds); 10 takes tens of ms here. Tests lower it. */
    @WithDefault("10")
    int bcryptCost();

    /** How long a bearer token is valid after it was issued. */
    @WithDefault("PT24H")
    Duration tokenTtl();

    LoginThrottle login();

    SubmissionLimits submissions();

    /** Failed logins (POST /api/tokens) allowed per window before further attempts get 429. */
    interface LoginThrottle {
        /** Failed attempts for one player name (from any address) per window. */
        @WithDefault("5")
        int maxFailuresPerName();

        /** Failed attempts from one client address (any names) per window. */
        @WithDefault("20")
        int maxFailuresPerAddress();

        @WithDefault("PT5M")
        Duration window();
    }

    /** Per-player submission limits (429 with Retry-After beyond them). */
    interface SubmissionLimits {
        /** Submissions (run or check) one player may make per window. */
        @WithDefault("20")
        int maxPerWindow();

        @WithDefault("PT1M")
        Duration window();

        /** Submissions of one player that may wait in the queue or be graded at the same time. */
        @WithDefault("3")
        int maxQueued();

        /** Retry-After (seconds) suggested when the queue cap is hit. */
        @WithDefault("5")
        int queuedRetryAfterSeconds();
    }
}
