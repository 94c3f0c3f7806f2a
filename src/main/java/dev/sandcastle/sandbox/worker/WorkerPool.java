package dev.sandcastle.sandbox.worker;

import dev.sandcastle.sandbox.SandboxUnavailableException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Keeps {@code size} warm workers: spawns them in the background (engine and first context
 * paid off the request path), lends an idle one per job, and replaces any worker that is
 * retired, killed or dies while idle. Spawns that fail back off exponentially so a broken
 * host does not spin.
 */
final class WorkerPool implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(WorkerPool.class.getName());

    /** A worker is recycled after this many jobs, to bound whatever a long life accumulates. */
    static final int MAX_JOBS_PER_WORKER = 1_000;
    private static final long MAX_BACKOFF_MS = 30_000;
    /** Generous: an idle worker's main thread only has to wake up, even on a loaded host. */
    static final Duration PING_TIMEOUT = Duration.ofSeconds(5);
    /** Resident growth past which a worker is replaced rather than kept (ADR 0001). */
    static final long BLOATED_MARGIN_KB = 256L << 10;

    private final String name;
    private final int size;
    private final WorkerLauncher launcher;
    private final Duration spawnTimeout;
    private final LinkedBlockingDeque<WorkerProcess> idle = new LinkedBlockingDeque<>();
    private final Set<WorkerProcess> members = ConcurrentHashMap.newKeySet();
    private final AtomicInteger starting = new AtomicInteger();
    private final AtomicInteger failuresInRow = new AtomicInteger();
    private final ScheduledExecutorService spawner;
    private final Object stateChanged = new Object();
    private volatile boolean everPassed;
    private volatile boolean lastSpawnFailed;
    private volatile String problem = "workers are starting";
    private volatile boolean closed;
    private volatile long lastReadyMs = -1;
    private final java.util.EnumMap<Retirement, LongAdder> retirements = new java.util.EnumMap<>(Retirement.class);
    private final LongAdder heapRecoveries = new LongAdder();
    private final LongAdder respawns = new LongAdder();
    private final LongAdder respawnMsTotal = new LongAdder();
    private final java.util.concurrent.atomic.AtomicLong respawnMsMax = new java.util.concurrent.atomic.AtomicLong();
    private final AtomicInteger spawned = new AtomicInteger();

    {
        for (Retirement reason : Retirement.values()) {
            retirements.put(reason, new LongAdder());
        }
    }

    WorkerPool(String name, int size, WorkerLauncher launcher, Duration spawnTimeout) {
        this.name = name;
        this.size = size;
        this.launcher = launcher;
        this.spawnTimeout = spawnTimeout;
        this.spawner = Executors.newScheduledThreadPool(Math.max(1, size),
                Thread.ofPlatform().daemon().name("sandbox-" + name + "-spawner-", 0).factory());
    }

    /** Starts filling the pool; returns at once. */
    void start() {
        refill();
    }

    private void refill() {
        while (!closed) {
            int spawning = starting.get();
            if (spawning + members.size() >= size) {
                return;
            }
            if (starting.compareAndSet(spawning, spawning + 1)) {
                try {
                    spawner.execute(this::spawnOne);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    starting.decrementAndGet(); // closing
                    return;
                }
            }
        }
    }

    private void spawnOne() {
        long began = System.nanoTime();
        WorkerProcess worker = null;
        try {
            worker = WorkerProcess.start(launcher, spawnTimeout);
        } catch (WorkerFailure failure) {
            starting.decrementAndGet();
            if (closed) {
                return;
            }
            int failures = failuresInRow.incrementAndGet();
            problem = failure.getMessage();
            lastSpawnFailed = true;
            long backoff = Math.min(MAX_BACKOFF_MS, 500L << Math.min(10, failures - 1));
            LOG.log(Level.ERROR, "sandbox {0} worker failed to start ({1}); retrying in {2} ms",
                    name, failure.getMessage(), backoff);
            signal();
            if (!closed) {
                spawner.schedule(this::refill, backoff, TimeUnit.MILLISECONDS);
            }
            return;
        }
        lastReadyMs = (System.nanoTime() - began) / 1_000_000;
        if (spawned.incrementAndGet() > size) {
            // a replacement (the first {@code size} spawns fill the pool)
            respawns.increment();
            respawnMsTotal.add(lastReadyMs);
            respawnMsMax.accumulateAndGet(lastReadyMs, Math::max);
        }
        LOG.log(Level.INFO, "sandbox {0} worker {1} (pid {2,number,#}) ready in {3} ms (engine + first context + self-test {4} ms, heap in use {5} MB, engine {6})",
                name, worker.id(), worker.pid(), lastReadyMs, worker.warmMs(), worker.heapUsedMb(), worker.engine());
        members.add(worker);
        starting.decrementAndGet();
        failuresInRow.set(0);
        everPassed = true;
        lastSpawnFailed = false;
        problem = null;
        if (closed) {
            retire(worker);
            return;
        }
        WorkerProcess spawned = worker;
        worker.onExit().thenRun(() -> {
            // A worker that dies while idle is replaced; one that dies on a job is retired by its caller.
            if (idle.remove(spawned)) {
                LOG.log(Level.WARNING, "sandbox {0} worker {1} died while idle (exit {2}); replacing it",
                        name, spawned.id(), spawned.exitCode());
                retire(spawned);
            }
        });
        idle.addFirst(worker);
        signal();
        refill(); // a retirement may have raced with this spawn's bookkeeping
    }

    /**
     * Lends an idle worker, waiting for one up to {@code wait}.
     *
     * @throws SandboxUnavailableException when no worker ever passed its self-test, the last
     *                                     spawn failed it, or none became free in time
     */
    WorkerProcess acquire(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            if (closed) {
                throw new SandboxUnavailableException("the sandbox is closed");
            }
            if (lastSpawnFailed && (!everPassed || members.isEmpty())) {
                throw new SandboxUnavailableException("no sandbox worker passed its self-test: " + problem);
            }
            WorkerProcess worker = idle.pollFirst();
            if (worker != null) {
                // A worker that stopped answering while idle must not cost the next player a TLE.
                if (worker.alive() && worker.answersPing(PING_TIMEOUT)) {
                    return worker;
                }
                LOG.log(Level.WARNING, "sandbox {0} worker {1} stopped answering while idle; replacing it", name, worker.id());
                retire(worker);
                continue;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SandboxUnavailableException(everPassed
                        ? "no sandbox worker became free in time"
                        : "no sandbox worker became ready in time: " + problem);
            }
            synchronized (stateChanged) {
                if (idle.isEmpty() && !closed) {
                    try {
                        stateChanged.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new SandboxUnavailableException("interrupted while waiting for a sandbox worker");
                    }
                }
            }
        }
    }

    /**
     * Gives a worker back after a job: healthy ones go back to work, others are replaced. A
     * worker whose guest hit the memory limit but whose heap came back to its baseline after a
     * collection (HeapCheck) is healthy: only damaged workers are retired (ADR 0058).
     */
    void release(WorkerProcess worker) {
        Retirement reason = closed ? null : reasonToRetire(worker);
        if (!closed && reason == null) {
            if (worker.collectedAfterLastCall()) {
                heapRecoveries.increment();
                LOG.log(Level.INFO, "sandbox {0} worker {1} kept: its heap came back to {2} MB after a {3} ms collection",
                        name, worker.id(), worker.heapRetainedMb(), worker.heapCollectMs());
            }
            // Last in line: the worker idle longest has had time to prepare its next context.
            idle.addLast(worker);
            signal();
        } else {
            retire(worker, reason);
        }
    }

    private static Retirement reasonToRetire(WorkerProcess worker) {
        if (!worker.alive()) {
            return Retirement.after(worker.lastFailure());
        }
        if (worker.tainted()) {
            return Retirement.TAINTED;
        }
        if (worker.heapDamaged()) {
            return Retirement.HEAP_NOT_RECOVERED;
        }
        if (worker.jobs() >= MAX_JOBS_PER_WORKER) {
            return Retirement.JOB_LIMIT;
        }
        if (worker.bloated(BLOATED_MARGIN_KB)) {
            return Retirement.RESIDENT_MEMORY_GROWN;
        }
        return null;
    }

    /** Kills a worker (if still alive) and starts its replacement. */
    void retire(WorkerProcess worker) {
        retire(worker, Retirement.IDLE_FAILURE);
    }

    /** Kills a worker (if still alive) and starts its replacement; counted under {@code reason} unless null (closing). */
    private void retire(WorkerProcess worker, Retirement reason) {
        idle.remove(worker);
        worker.kill();
        if (members.remove(worker)) {
            if (reason != null && !closed) {
                retirements.get(reason).increment();
                LOG.log(Level.INFO, "sandbox {0} worker {1} retired: {2}", name, worker.id(), reason);
            }
            refill();
        }
    }

    private void signal() {
        synchronized (stateChanged) {
            stateChanged.notifyAll();
        }
    }

    boolean ready() {
        return everPassed && !lastSpawnFailed;
    }

    boolean everPassed() {
        return everPassed;
    }

    boolean closed() {
        return closed;
    }

    int idleCount() {
        return idle.size();
    }

    int liveCount() {
        return members.size();
    }

    String problem() {
        return problem;
    }

    int size() {
        return size;
    }

    /** Workers retired so far, by reason (closing the pool not counted). */
    java.util.Map<Retirement, Long> retirements() {
        java.util.Map<Retirement, Long> counts = new java.util.EnumMap<>(Retirement.class);
        retirements.forEach((reason, count) -> counts.put(reason, count.sum()));
        return counts;
    }

    /** Jobs after which the worker collected its grown heap, got it back and was kept. */
    long heapRecoveries() {
        return heapRecoveries.sum();
    }

    /** Replacement workers that became ready, their total and longest start in milliseconds. */
    long respawns() {
        return respawns.sum();
    }

    long respawnMsTotal() {
        return respawnMsTotal.sum();
    }

    long respawnMsMax() {
        return respawnMsMax.get();
    }

    /** Time the latest successful spawn took, for logs and benchmarks. */
    long lastReadyMs() {
        return lastReadyMs;
    }

    /** Pids of the idle workers, next to be lent first. */
    List<Long> idlePids() {
        return idle.stream().map(WorkerProcess::pid).toList();
    }

    /** Pids of the current workers, for tests that look at them from outside. */
    List<Long> pids() {
        return members.stream().map(WorkerProcess::pid).toList();
    }

    @Override
    public void close() {
        closed = true;
        spawner.shutdownNow();
        for (WorkerProcess worker : List.copyOf(members)) {
            members.remove(worker);
            if (idle.remove(worker)) {
                worker.shutdown();
            } else {
                worker.kill();
            }
        }
        signal();
    }
}
