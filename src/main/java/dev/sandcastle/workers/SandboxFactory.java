package dev.sandcastle.workers;

import dev.sandcastle.Roles;
import dev.sandcastle.sandbox.Sandbox;
import dev.sandcastle.sandbox.worker.WorkerSandbox;
import dev.sandcastle.sandbox.worker.WorkerSandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.nio.file.Path;

/**
 * Builds every sandbox of this process from {@code sandcastle.sandbox.*}: the grader's pool
 * (produced as the {@link Sandbox} bean, so player code never runs in this JVM; created on first
 * use, the grader warms it at start-up; closed with its workers at shutdown) and the
 * one-worker sandbox an api-only process publishes missions with.
 */
@ApplicationScoped
public class SandboxFactory {

    @Inject
    SandboxConfig config;

    @Inject
    Roles roles;

    @Produces
    @ApplicationScoped
    Sandbox sandbox() {
        if (!roles.grader()) {
            throw new IllegalStateException("only processes with the grader role run sandbox workers");
        }
        return create(config.workersKept(), config.jit());
    }

    /** A sandbox of one worker, for publish-time work in a process that does not grade. */
    public WorkerSandbox publishing() {
        return create(1, WorkerSandboxConfig.Jit.DEFAULT);
    }

    private WorkerSandbox create(int workers, WorkerSandboxConfig.Jit jit) {
        return new WorkerSandbox(new WorkerSandboxConfig(
                workers, config.workerHeapMb(), config.javaHome().map(Path::of).orElse(null),
                config.classpath().orElse(null), config.spawnTimeout(), config.wallGrace(), jit));
    }

    void close(@Disposes Sandbox sandbox) {
        sandbox.close();
    }
}
