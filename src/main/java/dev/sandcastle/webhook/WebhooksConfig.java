package dev.sandcastle.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Webhook registration and delivery (README, "For leaderboard consumers"). */
@ConfigMapping(prefix = "sandcastle.webhooks")
public interface WebhooksConfig {
    /**
     * Allow target URLs that resolve to loopback, private, link-local or other non-public
     * addresses. Off in production: a webhook must not become a way to reach the server's own
     * network. Tests turn it on for a receiver on localhost.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** Webhooks one account may register. */
    @WithDefault("10")
    int maxPerOwner();

    /** Delivery attempts before a delivery is marked FAILED. */
    @WithDefault("8")
    int maxAttempts();

    /** Wait before the second attempt; doubled after every further failure. */
    @WithDefault("PT10S")
    Duration firstRetry();

    /** Longest wait between two attempts. */
    @WithDefault("PT1H")
    Duration maxRetry();

    /** Connect and response timeout of one delivery. */
    @WithDefault("PT10S")
    Duration timeout();

    /** Deliveries sent at the same time by one process. */
    @WithDefault("8")
    int concurrency();

    /** How long a claimed delivery is reserved for its worker; after it, another process may retry it. */
    @WithDefault("PT60S")
    Duration lease();

    /** How often due deliveries are looked for when no event arrives (retries become due this way). */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** Finished deliveries (DELIVERED or FAILED) stay in the log this long. */
    @WithDefault("P7D")
    Duration logRetention();
}
