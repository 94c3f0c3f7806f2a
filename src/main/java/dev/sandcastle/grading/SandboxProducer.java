package dev.sandcastle.grading;

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
 * The sandbox of a grader process: the worker-JVM sandbox, so player code never runs in this
 * JVM. Created on first use (the grader warms it at start-up); closed, with its workers, at
 * shutdown.
 */
@ApplicationScoped
public class SandboxProducer {

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
        return new WorkerSandbox(new WorkerSandboxConfig(
                config.workersKept(), config.workerHeapMb(), config.javaHome().map(Path::of).orElse(null),
                config.classpath().orElse(null), config.spawnTimeout(), config.wallGrace(), config.jit()));
    }

    void close(@Disposes Sandbox sandbox) {
        sandbox.close();
    }
}
