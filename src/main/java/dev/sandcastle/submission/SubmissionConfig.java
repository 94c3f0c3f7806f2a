package dev.sandcastle.submission;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "sandcastle.submissions")
public interface SubmissionConfig {

    /** The longest a {@code GET /api/submissions/{id}?wait=N} may wait for the verdict. */
    @WithDefault("30s")
    Duration maxWait();
}
