package dev.sandcastle.grading;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.OptionalInt;

/** How this process grades (role {@code grader}). */
@ConfigMapping(prefix = "sandcastle.grader")
public interface GraderConfig {

    /** Submissions graded at once by this process; default: the number of CPU cores. */
    OptionalInt concurrency();

    /** How long a claim holds a job without renewal; renewed every third of it while grading. */
    @WithDefault("30s")
    Duration lease();

    /** Fallback poll when no NOTIFY arrives (LISTEN/NOTIFY wakes graders at once). */
    @WithDefault("2s")
    Duration pollInterval();

    /** A job whose grader crashed or wedged this many times is finished with a verdict instead. */
    @WithDefault("2")
    int maxAttempts();

    /** On shutdown, in-flight gradings get this long to finish before their jobs go back to the queue. */
    @WithDefault("20s")
    Duration shutdownGrace();

    /** Extra time past a submission's wall limit before its grader stops renewing the lease (wedged). */
    @WithDefault("60s")
    Duration wedgeGrace();

    /** Above this many queued jobs the process reports itself not ready (shed load, add graders). */
    @WithDefault("10000")
    long maxQueueDepth();

    default int effectiveConcurrency() {
        return Math.max(1, concurrency().orElse(Runtime.getRuntime().availableProcessors()));
    }
}
