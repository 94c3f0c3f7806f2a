package dev.sandcastle.workers;

import dev.sandcastle.sandbox.worker.WorkerSandboxConfig;
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

    /** How long a new worker may take to start and pass its self-test (more on a loaded host). */
    @WithDefault("120s")
    Duration spawnTimeout();

    /** Extra wall time past a job's limit before its worker is killed. */
    @WithDefault("2s")
    Duration wallGrace();

    /**
     * Host JIT of the workers: {@code quick} (C1 only: cheap start, CPU-heavy guests ~3x
     * slower) or {@code peak} (C1 then C2: ~3x faster CPU-heavy guests once warm, twice the
     * start-up CPU and slow first jobs). Measured in docs/performance.md, ADR 0050. {@code graal}:
     * the Truffle optimizing runtime compiles guest code (ADR 0066).
     */
    @WithDefault("quick")
    WorkerSandboxConfig.Jit jit();

    /**
     * Workers kept beyond the pool size, so that while a retired worker's replacement starts
     * (seconds of CPU) the graders still find a warm worker for every job (ADR 0058).
     */
    @WithDefault("1")
    int spareWorkers();

    default int effectivePoolSize() {
        return Math.max(1, poolSize().orElse(Runtime.getRuntime().availableProcessors()));
    }

    /** Worker JVMs kept warm: the pool size plus the spares. */
    default int workersKept() {
        return effectivePoolSize() + Math.max(0, spareWorkers());
    }
}
