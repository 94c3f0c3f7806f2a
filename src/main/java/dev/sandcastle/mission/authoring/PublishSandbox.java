package dev.sandcastle.mission.authoring;

import dev.sandcastle.Roles;
import dev.sandcastle.mission.ServerLimits;
import dev.sandcastle.sandbox.Sandbox;
import dev.sandcastle.sandbox.worker.WorkerSandbox;
import dev.sandcastle.workers.SandboxFactory;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

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
    SandboxFactory factory;

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
            own = factory.publishing();
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
