package dev.sandcastle.feed;

import java.time.Instant;

/** A sequenced event of the feed: seq is its SSE id and webhook event id; payload is JSON. */
public record FeedEvent(long seq, String type, String payload, Instant createdAt) {
    public static final String SCORE_CHANGED = "score.changed";
    public static final String MISSION_PUBLISHED = "mission.published";
}
