package dev.sandcastle.grading;

import dev.sandcastle.submission.GradedSubmission;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Grading metrics on /q/metrics: {@code sandcastle_queue_depth} (jobs waiting or being graded,
 * refreshed every few seconds rather than per scrape), {@code sandcastle_grading_latency_seconds}
 * (submission to verdict, with histogram buckets) and {@code sandcastle_verdicts_total}
 * (by verdict and mode); fair grading (ADR 0057): {@code sandcastle_queue_wait_seconds} by
 * priority, {@code sandcastle_fair_claims_total} and {@code sandcastle_fair_expensive_players}.
 */
@ApplicationScoped
public class GradingMetrics {

    private static final Logger LOG = Logger.getLogger(GradingMetrics.class);

    @Inject
    MeterRegistry registry;

    @Inject
    JobQueue queue;

    @Inject
    FairnessConfig fairness;

    private final AtomicLong depth = new AtomicLong(-1);
    private final AtomicLong expensivePlayers = new AtomicLong(-1);
    private Timer latency;

    @PostConstruct
    void register() {
        Gauge.builder("sandcastle.queue.depth", depth, AtomicLong::get)
                .description("Grading jobs waiting or being graded").register(registry);
        latency = Timer.builder("sandcastle.grading.latency")
                .description("Time from submission to verdict")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry);
        Gauge.builder("sandcastle.fair.expensive.players", expensivePlayers, AtomicLong::get)
                .description("Players whose recent grading cost makes their jobs wait behind others'"
                        + " and keeps them out of reserved grader loops (ADR 0057)")
                .register(registry);
    }

    @Scheduled(every = "${sandcastle.metrics.queue-refresh:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshDepth() {
        try {
            depth.set(queue.depth());
            expensivePlayers.set(queue.playersCostingAtLeast(fairness.expensiveCost()));
        } catch (RuntimeException e) {
            LOG.debugf(e, "queue depth refresh failed");
        }
    }

    /** The last measured queue depth (-1 before the first measurement). */
    public long queueDepth() {
        return depth.get();
    }

    /**
     * A job was claimed: its queue wait by priority (the player was expensive or not) and by
     * which kind of loop took it (one reserved for players who are not expensive, or open).
     */
    void claimed(Claim claim, boolean expensive, boolean reservedLoop) {
        String priority = expensive ? "expensive" : "normal";
        Timer.builder("sandcastle.queue.wait")
                .description("Time a job waited in the queue before a grader claimed it, by its player's priority")
                .tag("priority", priority)
                .publishPercentiles(0.5, 0.95)
                .register(registry)
                .record(Duration.ofMillis(Math.max(0, claim.waitedMs())));
        Counter.builder("sandcastle.fair.claims")
                .description("Claimed jobs by their player's priority and the kind of grader loop that took them")
                .tag("priority", priority)
                .tag("loop", reservedLoop ? "reserved" : "open")
                .register(registry)
                .increment();
    }

    void graded(GradedSubmission graded) {
        Counter.builder("sandcastle.verdicts")
                .description("Graded submissions by verdict and mode")
                .tag("verdict", graded.verdict().name())
                .tag("mode", graded.mode().name())
                .register(registry)
                .increment();
        latency.record(Duration.between(graded.submittedAt(), graded.gradedAt()));
    }
}
