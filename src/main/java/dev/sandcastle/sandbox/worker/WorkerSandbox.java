package dev.sandcastle.sandbox.worker;

import dev.sandcastle.sandbox.CheckOutcome;
import dev.sandcastle.sandbox.CustomCheckBatch;
import dev.sandcastle.sandbox.CustomCheckJob;
import dev.sandcastle.sandbox.ExecutionJob;
import dev.sandcastle.sandbox.ExecutionReport;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.RunResult;
import dev.sandcastle.sandbox.Sandbox;
import dev.sandcastle.sandbox.SandboxStatus;
import dev.sandcastle.sandbox.SandboxStoppedException;
import dev.sandcastle.sandbox.SandboxUnavailableException;
import dev.sandcastle.sandbox.Verdict;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;

/**
 * The production sandbox: every guest runs in a disposable worker JVM from a warm pool, under
 * a wall clock enforced from here. A worker that overruns is killed (TIME_LIMIT_EXCEEDED),
 * one that runs out of heap dies (MEMORY_LIMIT_EXCEEDED), one that dies otherwise gives the
 * player a RUNTIME_ERROR; each is replaced in the background and no other job is affected.
 *
 * <p>A solution runs on a player worker with the tests' inputs only; the answers are compared
 * by the judge ({@code dev.sandcastle.judge.Judge}), in this JVM. Custom checkers, which see the
 * expected answers, run on a separate checker worker that never runs player code.
 */
public final class WorkerSandbox implements Sandbox {

    private static final System.Logger LOG = System.getLogger(WorkerSandbox.class.getName());

    private final WorkerSandboxConfig config;
    private final WorkerLauncher launcher;
    private final WorkerPool players;
    private volatile WorkerPool checkers;

    public WorkerSandbox(WorkerSandboxConfig config) {
        this(config, true, List.of());
    }

    /**
     * @param confine          apply the OS confinement the host allows
     * @param extraJvmOptions  extra worker JVM options (tests only: e.g. the self-test failure hook)
     */
    WorkerSandbox(WorkerSandboxConfig config, boolean confine, List<String> extraJvmOptions) {
        if (config.poolSize() < 1 || config.workerHeapMb() < 64) {
            throw new IllegalArgumentException("a worker pool needs at least one worker of at least 64 MB: " + config);
        }
        this.config = config;
        this.launcher = new WorkerLauncher(config, confine, extraJvmOptions);
        this.players = new WorkerPool("player", config.poolSize(), launcher, config.spawnTimeout());
        this.players.start();
    }

    @Override
    public RunResult run(String code, Limits limits, Policy policy) {
        WorkerProcess worker = players.acquire(config.spawnTimeout());
        try {
            Object body = worker.call("run", Messages.runRequest(code, limits, policy), wallClock(limits));
            return Messages.runResult(body);
        } catch (WorkerFailure failure) {
            stoppedOrClosed(failure, players);
            Verdict verdict = verdictFor(failure);
            return new RunResult(verdict, "", "", messageFor(failure, verdict, limits));
        } catch (SandboxUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            return new RunResult(Verdict.INTERNAL_ERROR, "", "", internalError(worker, e));
        } finally {
            players.release(worker);
        }
    }

    /**
     * Runs a solution on a player worker with the tests' inputs only; the answers are compared
     * by the judge, in the caller. Fails closed before any work is done: waits for the first
     * worker to pass its self-test, or throws.
     */
    @Override
    public ExecutionReport execute(ExecutionJob job) {
        if (!players.everPassed()) {
            players.release(players.acquire(config.spawnTimeout()));
        }
        WorkerProcess worker = players.acquire(config.spawnTimeout());
        try {
            return Messages.report(worker.call("execute", Messages.job(job), wallClock(job.limits())));
        } catch (WorkerFailure failure) {
            stoppedOrClosed(failure, players);
            Verdict verdict = verdictFor(failure);
            return new ExecutionReport(verdict, messageFor(failure, verdict, job.limits()), "", List.of(),
                    0, -1);
        } catch (SandboxUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            return new ExecutionReport(Verdict.INTERNAL_ERROR, internalError(worker, e), "", List.of(), 0, -1);
        } finally {
            players.release(worker);
        }
    }

    /** A custom checker sees the expected answers: it runs on a checker worker that never runs player code. */
    @Override
    public CheckOutcome check(CustomCheckJob job) {
        WorkerPool pool = checkerPool();
        WorkerProcess worker = pool.acquire(config.spawnTimeout());
        try {
            return Messages.outcome(worker.call("check", Messages.checkJob(job), wallClock(job.limits())));
        } catch (WorkerFailure failure) {
            stoppedOrClosed(failure, pool);
            return new CheckOutcome(false, null, "the checker failed: " + failure.getMessage());
        } catch (SandboxUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            return new CheckOutcome(false, null, "the checker failed: " + internalError(worker, e));
        } finally {
            pool.release(worker);
        }
    }

    /** All of a submission's custom checks in one call to a checker worker, one checker context. */
    @Override
    public List<CheckOutcome> checkAll(CustomCheckBatch batch) {
        if (batch.cases().isEmpty()) {
            return List.of();
        }
        WorkerPool pool = checkerPool();
        WorkerProcess worker = pool.acquire(config.spawnTimeout());
        String failed;
        try {
            return Messages.outcomes(worker.call("checkAll", Messages.checkBatch(batch), wallClock(batch.batchLimits())),
                    batch.cases().size());
        } catch (WorkerFailure failure) {
            stoppedOrClosed(failure, pool);
            failed = "the checker failed: " + failure.getMessage();
        } catch (SandboxUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            failed = "the checker failed: " + internalError(worker, e);
        } finally {
            pool.release(worker);
        }
        CheckOutcome failure = new CheckOutcome(false, null, failed);
        return java.util.Collections.nCopies(batch.cases().size(), failure);
    }

    private WorkerPool checkerPool() {
        WorkerPool pool = checkers;
        if (pool == null) {
            synchronized (this) {
                pool = checkers;
                if (pool == null) {
                    pool = new WorkerPool("checker", 1, launcher, config.spawnTimeout());
                    pool.start();
                    checkers = pool;
                }
            }
        }
        return pool;
    }

    private Duration wallClock(Limits limits) {
        return Duration.ofMillis(limits.wallMs()).plus(config.wallGrace());
    }

    /**
     * A worker stopped from outside (the host is being stopped) or killed because the pool
     * closed has no verdict to give: the job goes back to its caller's queue instead.
     */
    private static void stoppedOrClosed(WorkerFailure failure, WorkerPool pool) {
        if (failure.kind() == WorkerFailure.Kind.STOPPED) {
            LOG.log(Level.WARNING, "sandbox worker stopped under a job: {0}; no verdict", failure.getMessage());
            throw new SandboxStoppedException(failure.getMessage());
        }
        if (pool.closed()) {
            throw new SandboxStoppedException("the sandbox closed during the job (" + failure.getMessage() + ")");
        }
    }

    static Verdict verdictFor(WorkerFailure failure) {
        return switch (failure.kind()) {
            case TIMED_OUT -> Verdict.TIME_LIMIT_EXCEEDED;
            case OUT_OF_MEMORY -> Verdict.MEMORY_LIMIT_EXCEEDED;
            case DIED -> Verdict.RUNTIME_ERROR;
            case STOPPED -> Verdict.INTERNAL_ERROR; // not reached: a stopped worker gives no verdict
            case BROKE_PROTOCOL -> Verdict.POLICY_VIOLATION;
            case FAILED_TO_START -> Verdict.INTERNAL_ERROR;
        };
    }

    private static String messageFor(WorkerFailure failure, Verdict verdict, Limits limits) {
        LOG.log(Level.INFO, "sandbox worker stopped: {0} -> {1}", failure.getMessage(), verdict);
        return switch (failure.kind()) {
            case TIMED_OUT -> "The program ran past its wall-clock limit of " + limits.wallMs() + " ms and was stopped.";
            case OUT_OF_MEMORY -> "The program used more memory than the sandbox allows.";
            case DIED -> "The program ended the process it was running in.";
            case STOPPED -> Verdict.INTERNAL_ERROR.wording();
            case BROKE_PROTOCOL -> "The program interfered with the grader.";
            case FAILED_TO_START -> Verdict.INTERNAL_ERROR.wording();
        };
    }

    private static String internalError(WorkerProcess worker, RuntimeException e) {
        LOG.log(Level.ERROR, "sandbox worker " + worker.id() + " failed on its own side", e);
        return Verdict.INTERNAL_ERROR.wording();
    }

    @Override
    public SandboxStatus status() {
        return new SandboxStatus(players.ready(), players.liveCount(), players.size(), launcher.confinements(),
                players.ready() ? null : players.problem());
    }

    /** Player workers retired so far, by reason (ADR 0058). */
    public java.util.Map<Retirement, Long> retirements() {
        return players.retirements();
    }

    /** Jobs after which a player worker collected its grown heap, got it back and was kept. */
    public long heapRecoveries() {
        return players.heapRecoveries();
    }

    /** Replacement player workers started so far. */
    public long respawns() {
        return players.respawns();
    }

    /** Total and longest time replacement player workers took to become ready. */
    public long respawnMsTotal() {
        return players.respawnMsTotal();
    }

    public long respawnMsMax() {
        return players.respawnMsMax();
    }

    /** Pids of the ready player workers, for tests and diagnostics. */
    public List<Long> workerPids() {
        return players.pids();
    }

    WorkerPool players() {
        return players;
    }

    /** The checker pool, or null before the first custom check. */
    WorkerPool checkers() {
        return checkers;
    }

    @Override
    public void close() {
        players.close();
        WorkerPool pool = checkers;
        if (pool != null) {
            pool.close();
        }
    }
}
