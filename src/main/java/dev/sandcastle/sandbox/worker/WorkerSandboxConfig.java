package dev.sandcastle.sandbox.worker;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the supervisor runs sandbox worker JVMs.
 *
 * @param poolSize      warm workers kept ready (and the number of jobs graded at once)
 * @param workerHeapMb  fixed -Xmx of each worker
 * @param javaHome      JDK used to start workers; null means the running JVM's java.home
 * @param classpath     worker classpath; null means discovered from the running application
 * @param spawnTimeout  how long a new worker may take to start and pass its self-test
 * @param wallGrace     extra wall time past a job's limit before its worker is killed
 * @param jit           how the worker JVM compiles GraalPy's interpreter (ADR 0050)
 */
public record WorkerSandboxConfig(
        int poolSize, int workerHeapMb, Path javaHome, String classpath, Duration spawnTimeout, Duration wallGrace,
        Jit jit) {

    /** The host JIT of a worker JVM: a trade between start-up CPU and CPU-heavy guests. */
    public enum Jit {
        /** C1 only: a worker is at full speed seconds after it starts; CPU-heavy guests run ~3x slower. */
        QUICK,
        /** C1 then C2: ~3x faster CPU-heavy guests once warm; slower first jobs, twice the start-up CPU. */
        PEAK,
        /**
         * C1 then C2 for the host, and the Truffle optimizing runtime (the Graal compiler from
         * the classpath on the upgrade module path, JVMCI enabled) compiles guest code; the
         * worker meters its whole process and trains the compiler at start-up (ADR 0066).
         */
        GRAAL;

        public static final Jit DEFAULT = QUICK;
    }

    public WorkerSandboxConfig(
            int poolSize, int workerHeapMb, Path javaHome, String classpath, Duration spawnTimeout, Duration wallGrace) {
        this(poolSize, workerHeapMb, javaHome, classpath, spawnTimeout, wallGrace, Jit.DEFAULT);
    }

    public static WorkerSandboxConfig defaults() {
        return new WorkerSandboxConfig(
                Math.max(1, Runtime.getRuntime().availableProcessors()), 768, null, null,
                Duration.ofSeconds(120), Duration.ofSeconds(2));
    }

    /** This configuration with another host JIT. */
    public WorkerSandboxConfig withJit(Jit other) {
        return new WorkerSandboxConfig(poolSize, workerHeapMb, javaHome, classpath, spawnTimeout, wallGrace, other);
    }
}
