package dev.sandcastle.grading;

import dev.sandcastle.Roles;
import dev.sandcastle.sandbox.Sandbox;
import dev.sandcastle.sandbox.SandboxStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the grading side: the sandbox's start-up self-test and the queue depth. */
@ApplicationScoped
public class GradingHealthChecks {

    @Inject
    Roles roles;

    @Inject
    Instance<Sandbox> sandbox;

    @Inject
    GradingMetrics metrics;

    @Inject
    GraderConfig config;

    @Produces
    @Readiness
    HealthCheck sandboxSelfTest() {
        return () -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("sandbox");
            if (!roles.grader()) {
                return response.up().withData("role", "not a grader").build();
            }
            if (!sandbox.isResolvable()) {
                return response.down().withData("problem", "no sandbox configured").build();
            }
            SandboxStatus status = sandbox.get().status();
            response.status(status.ready())
                    .withData("workersReady", status.workersReady())
                    .withData("poolSize", status.poolSize())
                    .withData("confinements", String.join(",", status.confinements()));
            if (status.problem() != null) {
                response.withData("problem", status.problem());
            }
            return response.build();
        };
    }

    @Produces
    @Readiness
    HealthCheck queueDepth() {
        return () -> {
            long depth = metrics.queueDepth();
            long maxQueueDepth = config.maxQueueDepth();
            return HealthCheckResponse.named("grading-queue")
                    .status(depth <= maxQueueDepth)
                    .withData("depth", depth)
                    .withData("maxDepth", maxQueueDepth)
                    .build();
        };
    }
}
