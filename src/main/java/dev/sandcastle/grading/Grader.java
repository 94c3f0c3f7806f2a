package dev.sandcastle.grading;

import dev.sandcastle.submission.GradedSubmission;
import dev.sandcastle.judge.Judge;
import dev.sandcastle.Roles;
import dev.sandcastle.judge.GradeReport;
import dev.sandcastle.sandbox.Sandbox;
import dev.sandcastle.database.DatabaseUnavailable;
import dev.sandcastle.sandbox.SandboxStoppedException;
import dev.sandcastle.sandbox.SandboxUnavailableException;
import dev.sandcastle.sandbox.Verdict;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The grader role: {@code concurrency} loops, each claiming a job, grading it in the sandbox
 * (never in this JVM: the sandbox runs player code in worker JVMs) and writing the outcome.
 * Leases of in-flight jobs are renewed until the grading is overdue (wedged); a job whose
 * graders crashed or wedged {@code maxAttempts} times is finished with a verdict instead of
 * being graded again. Wake-ups come from LISTEN/NOTIFY with a polling fallback.
 */
@ApplicationScoped
public class Grader {

    private static final Logger LOG = Logger.getLogger(Grader.class);
    private final AtomicBoolean firstGraded = new AtomicBoolean();
    /** How long a stopped worker's grader waits for its own stop signal (same group, same moment). */
    static final Duration STOP_SIGNAL_WINDOW = Duration.ofSeconds(2);

    @Inject
    GraderConfig config;

    @Inject
    Roles roles;

    @Inject
    JobQueue queue;

    @Inject
    GradingService grading;

    @Inject
    GradingMetrics metrics;

    @Inject
    FairnessConfig fairness;

    @Inject
    Instance<Sandbox> sandbox;

    /**
     * A job this process is grading. {@code leaseValidUntilNanos} is this JVM's conservative view
     * of the lease: measured from before the claim or renewal was sent, so it never runs past the
     * lease as the database sees it.
     */
    private static final class InFlight {
        final Claim claim;
        final long overdueAtNanos;
        final Thread thread;
        volatile long leaseValidUntilNanos;
        volatile boolean inSandbox;
        volatile boolean abandoned;

        InFlight(Claim claim, long overdueAtNanos, Thread thread, long leaseValidUntilNanos) {
            this.claim = claim;
            this.overdueAtNanos = overdueAtNanos;
            this.thread = thread;
            this.leaseValidUntilNanos = leaseValidUntilNanos;
        }
    }

    /** Gradings slower than this from queue to verdict are logged with where their time went. */
    private static final long SLOW_GRADING_MS = 1_000;

    private final Map<Long, InFlight> inFlight = new ConcurrentHashMap<>();
    private final Semaphore wakeUps = new Semaphore(0);
    /**
     * Loops that may grade an expensive player's job (ADR 0057): the others are reserved for
     * players who are not, so a flood of costly jobs never holds every loop of a grader.
     */
    private Semaphore openLoops;
    private final AtomicInteger idle = new AtomicInteger();
    /** Loops between starting a claim and finishing its job. */
    private final AtomicInteger busy = new AtomicInteger();
    private volatile boolean running;
    private volatile boolean paused;
    /**
     * Set the moment this JVM begins to stop (its shutdown hook, before Quarkus's shutdown
     * event): a worker that dies from then on was stopped with us and its job goes back
     * uncounted.
     */
    private volatile boolean stopping;
    private Thread stopSignal;
    private ExecutorService loops;
    private ScheduledExecutorService renewer;
    /** Separate from the renewer, whose database calls may hang (a network cut): it never calls the database. */
    private ScheduledExecutorService leaseGuard;
    private String processId;

    void onStart(@Observes StartupEvent event) {
        if (roles.grader()) {
            start();
        }
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        stopSignal = Thread.ofPlatform().name("grader-stop-signal").unstarted(this::shutdownBegan);
        Runtime.getRuntime().addShutdownHook(stopSignal);
        processId = hostName() + ":" + ManagementFactory.getRuntimeMXBean().getPid();
        freeJobsOfDeadProcesses();
        int concurrency = config.effectiveConcurrency();
        openLoops = new Semaphore(Math.max(1, concurrency - Math.max(0, fairness.reservedLoops())));
        loops = Executors.newFixedThreadPool(concurrency, Thread.ofPlatform().name("grader-", 1).factory());
        for (int i = 1; i <= concurrency; i++) {
            String graderId = processId + "/" + i;
            loops.submit(() -> loop(graderId));
        }
        long renewEvery = Math.max(100, config.lease().toMillis() / 3);
        renewer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("grader-lease").factory());
        renewer.scheduleWithFixedDelay(this::renewLeases, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        long guardEvery = Math.max(20, config.lease().toMillis() / 10);
        leaseGuard = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("grader-lease-guard").factory());
        leaseGuard.scheduleWithFixedDelay(this::guardLeases, guardEvery, guardEvery, TimeUnit.MILLISECONDS);
        // spawn the worker pool now, off the request path (the constructor starts the workers)
        Thread.ofPlatform().name("sandbox-warm-up").start(() -> {
            try {
                LOG.infof("sandbox: %s", sandbox.get().status());
            } catch (RuntimeException e) {
                LOG.errorf(e, "the sandbox could not start; grading waits for it");
            }
        });
        LOG.infof("grader %s started: %d concurrent gradings, lease %s", processId, concurrency, config.lease());
    }

    /**
     * Jobs a killed earlier run on this host still holds (kill -9, a crash, a restart after an
     * OOM kill) are graded at once instead of after their lease.
     */
    private void freeJobsOfDeadProcesses() {
        try {
            int freed = queue.expireClaimsOfDeadProcesses(hostName(), ManagementFactory.getRuntimeMXBean().getPid());
            if (freed > 0) {
                LOG.infof("%d job(s) held by a process of this host that is gone (killed or crashed) are claimable now", freed);
            }
        } catch (RuntimeException e) {
            LOG.warnf("could not look for jobs of dead graders on this host (%s); their leases will expire", e.toString());
        }
    }

    /** Wakes idle loops: a job was queued (NOTIFY) or released. */
    public void wake() {
        int waiting = idle.get();
        if (waiting > 0 && wakeUps.availablePermits() < waiting) {
            wakeUps.release(waiting);
        }
    }

    /** Stops claiming new jobs (in-flight ones finish); used by tests and operators. */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
        wake();
    }

    /**
     * This process is stopping (SIGTERM, Ctrl-C): claim nothing more. Runs in a shutdown hook,
     * concurrently with (and usually well before) Quarkus's shutdown event.
     */
    void shutdownBegan() {
        stopping = true;
        paused = true;
    }

    /** Tests only: undoes {@link #shutdownBegan()} so one test can rehearse a shutdown. */
    void shutdownCancelled() {
        stopping = false;
        resume();
    }

    /** Jobs being claimed or graded by this process right now. */
    public int inFlightCount() {
        return busy.get();
    }

    private void loop(String graderId) {
        while (running) {
            try {
                boolean processed = false;
                if (!paused) {
                    busy.incrementAndGet();
                    boolean open = openLoops.tryAcquire();
                    try {
                        long asked = System.nanoTime();
                        Optional<Claim> claim = queue.claim(graderId, config.lease(),
                                open ? Double.MAX_VALUE : fairness.expensiveCost());
                        if (claim.isPresent()) {
                            // a job a reserved loop could not have taken keeps the open loop's permit
                            boolean expensive = !claim.get().reservable();
                            metrics.claimed(claim.get(), expensive, !open);
                            if (open && !expensive) {
                                openLoops.release(); // this loop is free for anyone again the moment it is done
                                open = false;
                            }
                            process(claim.get(), asked);
                            processed = true;
                        }
                    } finally {
                        if (open) {
                            openLoops.release();
                        }
                        busy.decrementAndGet();
                    }
                }
                if (!processed) {
                    idle.incrementAndGet();
                    try {
                        wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    } finally {
                        idle.decrementAndGet();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.errorf(e, "grader %s: unexpected failure; backing off", graderId);
                sleepQuietly(config.pollInterval());
            }
        }
    }

    private void process(Claim claim, long claimAskedNanos) {
        GradingJob job = grading.load(claim.submissionId());
        long overdue = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(job.request().limits().wallMs())
                + config.wedgeGrace().toNanos();
        InFlight current = new InFlight(claim, overdue, Thread.currentThread(), claimAskedNanos + config.lease().toNanos());
        inFlight.put(claim.submissionId(), current);
        try {
            GradingOutcome outcome;
            if (claim.attempts() > config.maxAttempts()) {
                outcome = GradingOutcome.gaveUp(job, verdictAfterCrashes(claim.lastFailure()),
                        "Grading stopped: this submission made the grader fail " + config.maxAttempts() + " times.");
                LOG.warnf("submission %d: attempt %d, finished as poison (%s)", claim.submissionId(), claim.attempts(),
                        claim.lastFailure());
            } else {
                GradeReport report;
                current.inSandbox = true;
                long sandboxStarted = System.nanoTime();
                try {
                    report = gradeInSandbox(job);
                    long sandboxMs = (System.nanoTime() - sandboxStarted) / 1_000_000;
                    if (claim.waitedMs() + sandboxMs > SLOW_GRADING_MS) {
                        // where a slow verdict's time went: the queue, or the sandbox (workers, CPU)
                        LOG.infof("submission %d (player cost %.1f, %s): waited %d ms in the queue, %d ms in the sandbox, guest cpu %d ms, %s",
                                claim.submissionId(), claim.playerCost(), claim.reservable() ? "reservable" : "open loops only",
                                claim.waitedMs(), sandboxMs, report.cpuMs(), report.verdict());
                    }
                } finally {
                    current.inSandbox = false;
                    if (current.abandoned) {
                        Thread.interrupted(); // the guard's interrupt, not a stop of this loop
                    }
                }
                if (current.abandoned) {
                    handBackAbandoned(claim);
                    return;
                }
                outcome = GradingOutcome.of(job, report);
            }
            write(claim, job, outcome);
        } catch (SandboxStoppedException e) {
            handBackAfterStop(claim, e);
        } catch (SandboxUnavailableException e) {
            if (current.abandoned) {
                handBackAbandoned(claim);
                return;
            }
            // fail closed, and not the submission's fault: back to the queue without counting the attempt
            LOG.warnf("submission %d: sandbox unavailable (%s); retrying later", claim.submissionId(), e.getMessage());
            queue.release(claim, null, config.pollInterval().multipliedBy(2), false);
        } catch (LostClaimException e) {
            LOG.warnf("submission %d: %s; its verdict is someone else's to write", claim.submissionId(), e.getMessage());
        } catch (RuntimeException e) {
            if (!running) {
                return;
            }
            if (DatabaseUnavailable.isCauseOf(e)) {
                // an outage is not the submission's fault: hand it back uncounted once the database answers
                LOG.warnf("submission %d: database unavailable (%s); handing the job back", claim.submissionId(), e.toString());
                handBackAfterOutage(claim);
                return;
            }
            LOG.errorf(e, "submission %d: grading failed (attempt %d)", claim.submissionId(), claim.attempts());
            String failure = e.getClass().getSimpleName();
            if (claim.attempts() >= config.maxAttempts()) {
                try {
                    write(claim, job, GradingOutcome.gaveUp(job, Verdict.INTERNAL_ERROR,
                            "Grading failed " + claim.attempts() + " times; this is not your fault."));
                    return;
                } catch (RuntimeException again) {
                    LOG.errorf(again, "submission %d: could not write the final verdict", claim.submissionId());
                }
            }
            queue.release(claim, failure, config.pollInterval(), true);
        } finally {
            inFlight.remove(claim.submissionId());
        }
    }

    /**
     * The worker grading this job was stopped from outside. When this process is stopping too
     * (the signal went to its whole process group or cgroup), the job goes back uncounted and
     * without a verdict. Our own stop signal may arrive a moment after the worker's, so it is
     * awaited briefly. Otherwise something else is stopping workers: the attempt counts, so a
     * job cannot loop forever and ends as a crash after {@code maxAttempts}.
     */
    private void handBackAfterStop(Claim claim, SandboxStoppedException e) {
        long deadline = System.nanoTime() + STOP_SIGNAL_WINDOW.toNanos();
        while (!stopping && running && System.nanoTime() < deadline) {
            sleepQuietly(Duration.ofMillis(50));
        }
        boolean withUs = stopping || !running;
        LOG.warnf("submission %d: its sandbox worker was stopped (%s); handing the job back%s", claim.submissionId(),
                e.getMessage(), withUs ? " uncounted, this grader is stopping" : ", attempt counted");
        queue.release(claim, withUs ? null : "SandboxStopped", withUs ? Duration.ZERO : config.pollInterval(), !withUs);
    }

    /**
     * Retries the uncounted hand-back while the database is away (up to about 30 s); if it never
     * answers, the lease expires and the job is claimed again.
     */
    private void handBackAfterOutage(Claim claim) {
        for (int attempt = 0; attempt < 30 && running; attempt++) {
            try {
                queue.release(claim, null, config.pollInterval(), false);
                return;
            } catch (RuntimeException stillDown) {
                if (!DatabaseUnavailable.isCauseOf(stillDown)) {
                    LOG.errorf(stillDown, "submission %d: could not hand the job back", claim.submissionId());
                    return;
                }
                sleepQuietly(Duration.ofSeconds(1));
            }
        }
    }

    private GradeReport gradeInSandbox(GradingJob job) {
        if (!sandbox.isResolvable()) {
            throw new IllegalStateException("no sandbox is configured in this grader");
        }
        return Judge.grade(sandbox.get(), job.request());
    }

    private void write(Claim claim, GradingJob job, GradingOutcome outcome) {
        GradedSubmission graded = grading.complete(claim, outcome);
        metrics.graded(graded);
        if (firstGraded.compareAndSet(false, true)) {
            // the start-up figure of issue 6: process start to the first verdict written
            LOG.infof("first graded submission %d ms after the process started (submission %d, %s)",
                    System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime(),
                    claim.submissionId(), outcome.verdict());
        }
    }

    /** A recorded failure that names a verdict (e.g. a limit) keeps it; anything else is the grader's fault. */
    private static Verdict verdictAfterCrashes(String lastFailure) {
        if (lastFailure != null) {
            for (Verdict verdict : Verdict.values()) {
                if (lastFailure.equals(verdict.name())) {
                    return verdict;
                }
            }
        }
        return Verdict.INTERNAL_ERROR;
    }

    private void renewLeases() {
        long now = System.nanoTime();
        for (InFlight job : inFlight.values()) {
            try {
                if (now - job.overdueAtNanos > 0) {
                    // wedged: stop renewing so the lease expires and the job is retried or finished elsewhere
                    LOG.warnf("submission %d: grading is overdue; letting its lease expire", job.claim.submissionId());
                    job.thread.interrupt();
                    continue;
                }
                if (job.abandoned) {
                    continue;
                }
                long asked = System.nanoTime();
                if (queue.renew(job.claim, config.lease())) {
                    job.leaseValidUntilNanos = asked + config.lease().toNanos();
                } else if (job.inSandbox) {
                    // (outside the sandbox the job is being written, or was just finished: its
                    // row is gone; the write itself is guarded by the claim token)
                    abandon(job, "its claim is no longer ours (taken over after its lease ran out)");
                }
            } catch (RuntimeException e) {
                LOG.warnf("submission %d: lease renewal failed: %s", job.claim.submissionId(), e.toString());
            }
        }
    }

    /**
     * A grader cut off from PostgreSQL (network cut, database unreachable) cannot renew its
     * leases; once one is about to run out by this JVM's conservative clock, another grader may
     * claim the job, so this one stops grading it (its worker is killed through the interrupt)
     * and writes nothing: one job is never graded in two places at once. A sixth of the lease
     * is kept as margin, so with the default 30 s lease two renewals (every 10 s) must fail.
     */
    private void guardLeases() {
        long now = System.nanoTime();
        long margin = config.lease().toNanos() / 6;
        for (InFlight job : inFlight.values()) {
            if (!job.abandoned && job.inSandbox && now - (job.leaseValidUntilNanos - margin) > 0) {
                abandon(job, "its lease could not be renewed for "
                        + TimeUnit.NANOSECONDS.toMillis(now - job.leaseValidUntilNanos + config.lease().toNanos())
                        + " ms (database unreachable?)");
            }
        }
    }

    private void abandon(InFlight job, String why) {
        job.abandoned = true;
        LOG.warnf("submission %d: %s; stopping its grading, no verdict from this grader", job.claim.submissionId(), why);
        if (job.inSandbox) {
            job.thread.interrupt();
        }
    }

    /**
     * Hands an abandoned job back without counting the attempt (losing the database is not the
     * submission's fault). The claim token guards it: if another grader took the job over in the
     * meantime, nothing changes. While the database stays away, this waits like any other call.
     */
    private void handBackAbandoned(Claim claim) {
        try {
            boolean handedBack = queue.release(claim, null, Duration.ZERO, false);
            LOG.infof("submission %d: %s", claim.submissionId(), handedBack
                    ? "handed back uncounted after its lease could not be renewed"
                    : "another grader has taken it over; nothing written by this one");
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.isCauseOf(e)) {
                handBackAfterOutage(claim);
            } else {
                LOG.errorf(e, "submission %d: could not hand the job back; its lease will expire", claim.submissionId());
            }
        }
    }

    /**
     * Graceful shutdown: claim nothing more, give in-flight gradings the grace period, then hand
     * the rest back to the queue (without counting the attempt against the submission).
     */
    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    synchronized void stop() {
        if (!running) {
            return;
        }
        stopping = true;
        paused = true;
        try {
            Runtime.getRuntime().removeShutdownHook(stopSignal);
        } catch (IllegalStateException alreadyStopping) {
            // the JVM is exiting: the hook has run or is running
        }
        long deadline = System.nanoTime() + config.shutdownGrace().toNanos();
        while (!inFlight.isEmpty() && System.nanoTime() < deadline) {
            sleepQuietly(Duration.ofMillis(100));
        }
        running = false;
        for (InFlight job : inFlight.values()) {
            try {
                queue.release(job.claim, null, Duration.ZERO, false);
                LOG.infof("submission %d: handed back to the queue at shutdown", job.claim.submissionId());
            } catch (RuntimeException e) {
                LOG.warnf(e, "submission %d: could not hand back; its lease will expire", job.claim.submissionId());
            }
        }
        renewer.shutdownNow();
        leaseGuard.shutdownNow();
        loops.shutdownNow();
        wakeUps.release(config.effectiveConcurrency());
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown-host";
        }
    }
}
