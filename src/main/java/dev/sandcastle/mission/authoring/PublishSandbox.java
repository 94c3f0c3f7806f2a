package dev.sandcastle.mission.authoring;

import dev.sandcastle.Roles;
import dev.sandcastle.grading.SandboxConfig;
import dev.sandcastle.mission.ServerLimits;
import dev.sandcastle.sandbox.Sandbox;
import dev.sandcastle.sandbox.worker.WorkerSandbox;
import dev.sandcastle.sandbox.worker.WorkerSandboxConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.nio.file.Path;

/**
 * The sandbox publish-time work runs in: the grader's worker pool when this process grades,
 * otherwise (an api-only process) one worker of its own, started on first publish. Author
 * code never runs in this JVM either way.
 */
@ApplicationScoped
public class PublishSandbox {

    @Inject
    Roles roles;

    @Inject
    Instance<Sandbox> graderSandbox;

    @Inject
    SandboxConfig config;

    @Inject
    ServerLimits limits;

    private WorkerSandbox own;

    public PackageVerifier verifier() {
        return new PackageVerifier(sandbox(), limits.defaultLimits(), limits.maxLimits());
    }

    private synchronized Sandbox sandbox() {
        if (roles.grader()) {
            return graderSandbox.get();
        }
        if (own == null) {
            own = new WorkerSandbox(new WorkerSandboxConfig(1, config.workerHeapMb(),
                    config.javaHome().map(Path::of).orElse(null), config.classpath().orElse(null),
                    config.spawnTimeout(), config.wallGrace()));
        }
        return own;
    }

    @PreDestroy
    synchronized void close() {
        if (own != null) {
            own.close();
        }
    }
}
