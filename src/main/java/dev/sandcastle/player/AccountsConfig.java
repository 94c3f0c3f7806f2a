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

    /**
     * Failed logins (POST /api/tokens): past the free ones, each further attempt must wait 1 s,
     * doubling per failure up to {@code maxBackoff} (429 with Retry-After meanwhile).
     */
    interface LoginThrottle {
        /** Failed attempts for one player name from one client address before back-off. */
        @WithDefault("5")
        int freeFailuresPerNameAndAddress();

        /** Failed attempts from one client address (any names) before back-off. */
        @WithDefault("20")
        int freeFailuresPerAddress();

        /** The first back-off; each further failure doubles it. */
        @WithDefault("PT1S")
        Duration firstBackoff();

        /** Longest back-off between two attempts. */
        @WithDefault("PT15M")
        Duration maxBackoff();

        /** A key's failures are forgotten after this long without one (at least maxBackoff). */
        @WithDefault("PT15M")
        Duration window();
    }

    Registrations registrations();

    /** New accounts per client address (POST /api/players; 429 with Retry-After beyond). */
    interface Registrations {
        @WithDefault("5")
        int maxPerAddress();

        @WithDefault("PT1H")
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
