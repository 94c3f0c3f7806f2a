package dev.sandcastle.grading;

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
 * (by verdict and mode).
 */
@ApplicationScoped
public class GradingMetrics {

    private static final Logger LOG = Logger.getLogger(GradingMetrics.class);

    @Inject
    MeterRegistry registry;

    @Inject
    JobQueue queue;

    private final AtomicLong depth = new AtomicLong(-1);
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
    }

    @Scheduled(every = "${sandcastle.metrics.queue-refresh:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshDepth() {
        try {
            depth.set(queue.depth());
        } catch (RuntimeException e) {
            LOG.debugf(e, "queue depth refresh failed");
        }
    }

    /** The last measured queue depth (-1 before the first measurement). */
    public long queueDepth() {
        return depth.get();
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
