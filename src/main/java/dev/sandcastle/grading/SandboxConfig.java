package dev.sandcastle.grading;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** The sandbox worker pool of a grader process (see dev.sandcastle.sandbox.worker.WorkerSandboxConfig). */
@ConfigMapping(prefix = "sandcastle.sandbox")
public interface SandboxConfig {

    /** Warm worker JVMs; default: the number of CPU cores. */
    OptionalInt poolSize();

    /** -Xmx of each worker JVM. */
    @WithDefault("768")
    int workerHeapMb();

    /** JDK that runs the workers; default: the one running this process. */
    Optional<String> javaHome();

    /** Worker classpath; default: discovered from the running application. */
    Optional<String> classpath();

    @WithDefault("60s")
    Duration spawnTimeout();

    /** Extra wall time past a job's limit before its worker is killed. */
    @WithDefault("2s")
    Duration wallGrace();

    default int effectivePoolSize() {
        return Math.max(1, poolSize().orElse(Runtime.getRuntime().availableProcessors()));
    }
}
