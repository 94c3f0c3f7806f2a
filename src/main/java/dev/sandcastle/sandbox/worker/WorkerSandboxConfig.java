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
 */
public record WorkerSandboxConfig(
        int poolSize, int workerHeapMb, Path javaHome, String classpath, Duration spawnTimeout, Duration wallGrace) {

    public static WorkerSandboxConfig defaults() {
        return new WorkerSandboxConfig(
                Math.max(1, Runtime.getRuntime().availableProcessors()), 768, null, null,
                Duration.ofSeconds(60), Duration.ofSeconds(2));
    }
}
