package dev.sandcastle.apikey;

import java.time.Instant;

/** API keys: format and JSON shapes. */
public final class ApiKeys {
    /** Keys start with this, tokens with "sc_": the authentication tells them apart without a lookup. */
    static final String PREFIX = "sck_";
    /** The role of a request made with a key: read-only, it opens no endpoint that changes anything. */
    public static final String CONSUMER = "CONSUMER";

    private ApiKeys() {
    }

    /** POST /api/keys (optional body). */
    public record Request(String label) {
    }

    /** The answer to POST /api/keys: the key itself is shown this once. */
    public record Issued(long id, String key, String label, Instant createdAt, int requestsPerWindow, long windowSeconds) {
    }

    /** A key as its owner sees it later (never the key). */
    public record View(long id, String label, Instant createdAt) {
    }
}
