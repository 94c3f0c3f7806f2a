package dev.sandcastle.webhook;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of the webhook endpoints. */
public final class Webhooks {
    /** Event types a webhook may subscribe to. */
    public static final List<String> EVENT_TYPES = List.of("score.changed", "mission.published");

    private Webhooks() {
    }

    /** POST /api/webhooks. */
    public record Registration(String url, List<String> events, String secret) {
    }

    /** A registered webhook as its owner sees it (never the secret). */
    public record View(long id, String url, List<String> events, Instant createdAt) {
    }

    /** A row of the delivery log. */
    public record Delivery(long id, long eventId, String event, String status, int attempts, Integer lastStatus,
            String lastError, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {
    }
}
