package dev.sandcastle.solution;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits of shared solutions and their comments (README, configuration table). */
@ConfigMapping(prefix = "sandcastle.solutions")
public interface SolutionConfig {

    /** Longest note of a published solution, in characters. */
    @WithDefault("1000")
    int noteMaxChars();

    Comments comments();

    interface Comments {
        /** Longest comment, in characters. */
        @WithDefault("2000")
        int maxChars();

        /** Comments one player may write per window (then 429 with Retry-After). */
        @WithDefault("5")
        int maxPerWindow();

        @WithDefault("PT1M")
        Duration window();
    }
}
