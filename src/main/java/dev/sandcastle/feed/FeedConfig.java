package dev.sandcastle.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The event feed: retention (how far back a reconnecting SSE client can resume) and stream limits. */
@ConfigMapping(prefix = "sandcastle.feed")
public interface FeedConfig {
    /** Events older than this are purged; a Last-Event-ID older than the oldest kept event gets a reset event. */
    @WithDefault("PT24H")
    Duration retention();

    /** Open SSE streams per process; beyond it GET /api/leaderboard/stream answers 503 with Retry-After. */
    @WithDefault("2000")
    int maxStreams();

    /** Comment line sent to idle streams, so proxies keep them open and dead clients are noticed. */
    @WithDefault("PT15S")
    Duration heartbeat();

    /** How often the feed is polled when no notification arrives (the fallback for a lost NOTIFY). */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** Events a client may have in flight before it is dropped as too slow (it can resume with Last-Event-ID). */
    @WithDefault("2000")
    int maxPendingPerStream();
}
