package dev.sandcastle.submission;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "sandcastle.submissions")
public interface SubmissionConfig {

    /** The longest a {@code GET /api/submissions/{id}?wait=N} may wait for the verdict. */
    @WithDefault("30s")
    Duration maxWait();

    Waits waits();

    /** Caps on open long polls (429 with Retry-After beyond them). */
    interface Waits {
        /** Long polls one player may have open at once (the web page opens one). */
        @WithDefault("4")
        int maxPerPlayer();

        /** Long polls one client address may have open at once (players behind one NAT share it). */
        @WithDefault("100")
        int maxPerAddress();

        /** Retry-After (seconds) of the 429. */
        @WithDefault("5")
        int retryAfterSeconds();
    }
}
