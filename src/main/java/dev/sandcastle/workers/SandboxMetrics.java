package dev.sandcastle.workers;

import dev.sandcastle.Roles;
import dev.sandcastle.sandbox.Sandbox;
import dev.sandcastle.sandbox.worker.Retirement;
import dev.sandcastle.sandbox.worker.WorkerSandbox;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Sandbox worker metrics on /q/metrics (ADR 0058): {@code sandcastle_worker_retirements_total}
 * by reason, {@code sandcastle_worker_heap_recoveries_total} (a job grew the heap, a collection
 * gave it back, the worker was kept), {@code sandcastle_worker_respawns_total},
 * {@code sandcastle_worker_respawn_seconds_total} and {@code sandcastle_worker_respawn_seconds_max}.
 * Read from the sandbox on each scrape; zero until the grader's sandbox exists.
 */
@ApplicationScoped
public class SandboxMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    Roles roles;

    @Inject
    Instance<Sandbox> sandbox;

    void register(@Observes StartupEvent event) {
        if (!roles.grader()) {
            return;
        }
        for (Retirement reason : Retirement.values()) {
            FunctionCounter.builder("sandcastle.worker.retirements", this,
                            workers(w -> w.retirements().getOrDefault(reason, 0L)))
                    .description("Sandbox worker JVMs retired and replaced, by reason")
                    .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        FunctionCounter.builder("sandcastle.worker.heap.recoveries", this, workers(WorkerSandbox::heapRecoveries))
                .description("Jobs that grew a worker's heap after which a collection gave it back and the worker was kept")
                .register(registry);
        FunctionCounter.builder("sandcastle.worker.respawns", this, workers(WorkerSandbox::respawns))
                .description("Replacement sandbox workers started")
                .register(registry);
        FunctionCounter.builder("sandcastle.worker.respawn.seconds", this, workers(w -> w.respawnMsTotal() / 1000.0))
                .description("Total time replacement workers took to become ready")
                .register(registry);
        Gauge.builder("sandcastle.worker.respawn.seconds.max", this, workers(w -> w.respawnMsMax() / 1000.0))
                .description("Longest time a replacement worker took to become ready")
                .register(registry);
    }

    private ToDoubleFunction<SandboxMetrics> workers(ToDoubleFunction<WorkerSandbox> read) {
        return self -> {
            if (!sandbox.isResolvable()) {
                return 0;
            }
            try {
                return io.quarkus.arc.ClientProxy.unwrap(sandbox.get()) instanceof WorkerSandbox workers
                        ? read.applyAsDouble(workers) : 0;
            } catch (RuntimeException e) {
                return 0; // the sandbox could not start: readiness says so
            }
        };
    }
}
