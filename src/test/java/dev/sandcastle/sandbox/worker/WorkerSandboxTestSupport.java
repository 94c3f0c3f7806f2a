package dev.sandcastle.sandbox.worker;

import java.time.Duration;

/** Shared settings of the worker tests: small pools, the production heap. */
final class WorkerSandboxTestSupport {

    static final Duration GRACE = Duration.ofMillis(1_000);

    private WorkerSandboxTestSupport() {
    }

    static WorkerSandboxConfig config(int poolSize) {
        WorkerSandboxConfig defaults = WorkerSandboxConfig.defaults();
        return new WorkerSandboxConfig(poolSize, defaults.workerHeapMb(), null, null, Duration.ofSeconds(90), GRACE);
    }
}
