package dev.sandcastle.sandbox.guest;

import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Verdict;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;

/**
 * Watches one guest thread from the calling thread and stops it when it exceeds its CPU,
 * allocation, output or wall budget. A guest that ignores cancellation is abandoned after a
 * grace period: in production its worker JVM is killed from outside.
 */
final class Watchdog {

    private static final long POLL_MS = 5;
    private static final Duration INTERRUPT_WAIT = Duration.ofMillis(500);
    private static final long CLOSE_GRACE_MS = 2_000;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /**
     * The heap pools that hold data that survived collection (G1/Parallel old gen, Serial
     * tenured); garbage dies young, a bomb's data gets promoted. Empty when the collector
     * has no such pool, then the whole heap counts.
     */
    private static final List<MemoryPoolMXBean> OLD_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
            .toList();

    private static long retainedHeap() {
        if (OLD_POOLS.isEmpty()) {
            return MEMORY.getHeapMemoryUsage().getUsed();
        }
        long used = 0;
        for (MemoryPoolMXBean pool : OLD_POOLS) {
            used += pool.getUsage().getUsed();
        }
        return used;
    }

    static {
        if (THREADS.isThreadCpuTimeSupported() && !THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        if (THREADS.isThreadAllocatedMemorySupported() && !THREADS.isThreadAllocatedMemoryEnabled()) {
            THREADS.setThreadAllocatedMemoryEnabled(true);
        }
    }

    private final Limits limits;
    /**
     * Meter the whole process instead of the guest thread for the submission budget and the
     * CPU reported (ADR 0066): in a worker that runs one guest at a time this charges the guest
     * for the compiler threads its code keeps busy, so no work hides in compilation. The
     * per-test limit stays on the guest thread's CPU.
     */
    private final boolean processCpu;
    private final Object phaseLock = new Object();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Thread guest;
    private volatile Context context;
    private volatile BoundedOutput out;
    private volatile BoundedOutput err;

    // guarded by phaseLock
    private int phase;
    private boolean inPhase;
    private long phaseCpuStart;
    /** The guest thread's own CPU at the phase start: the per-test limit's clock. */
    private long phaseThreadCpuStart;
    private long phaseAllocStart;
    private long phaseHeapFloor;
    private long meteredCpuNs;
    private Verdict tripped;
    private boolean stopAll;
    /** CPU the metered phases may use in all; lowered by {@link #capRemaining}. */
    private long submissionBudgetNs;

    Watchdog(Limits limits) {
        this(limits, false);
    }

    Watchdog(Limits limits, boolean processCpu) {
        this.limits = limits;
        this.processCpu = processCpu;
        this.submissionBudgetNs = limits.cpuMsPerSubmission() * 1_000_000L;
    }

    /**
     * Leaves the rest of the run at most {@code ms} of CPU beyond what it used so far (never
     * raises the budget): after a test exceeded its limit, the remaining tests may still earn
     * partial credit if they are quick, but a hostile solution cannot spend the whole
     * submission budget (README, "Limits").
     */
    void capRemaining(long ms) {
        synchronized (phaseLock) {
            submissionBudgetNs = Math.min(submissionBudgetNs, meteredCpuNs + ms * 1_000_000L);
        }
    }

    void attach(Thread guestThread, Context ctx, BoundedOutput stdout, BoundedOutput stderr) {
        this.guest = guestThread;
        this.context = ctx;
        this.out = stdout;
        this.err = stderr;
    }

    /** Called on the guest thread when metered player code starts (load or one test). */
    void beginPhase() {
        synchronized (phaseLock) {
            phase++;
            inPhase = true;
            tripped = null;
            phaseCpuStart = cpuOfCurrentThread();
            phaseThreadCpuStart = THREADS.getCurrentThreadCpuTime();
            phaseAllocStart = THREADS.getCurrentThreadAllocatedBytes();
            phaseHeapFloor = retainedHeap();
        }
    }

    /** Called on the guest thread when the phase ends; returns its CPU ns and the verdict a trip imposed, if any. */
    PhaseEnd endPhase() {
        synchronized (phaseLock) {
            inPhase = false;
            long cpu = cpuOfCurrentThread() - phaseCpuStart;
            meteredCpuNs += cpu;
            Verdict verdict = tripped;
            if (verdict == null && (out.overflowed() || err.overflowed())) {
                verdict = Verdict.OUTPUT_LIMIT_EXCEEDED;
            }
            tripped = null;
            return new PhaseEnd(cpu, verdict, stopAll);
        }
    }

    /** The metered clock read on the guest thread: its own CPU, or the process's. */
    private long cpuOfCurrentThread() {
        return processCpu ? PROCESS.getProcessCpuTime() : THREADS.getCurrentThreadCpuTime();
    }

    /**
     * Charges CPU spent outside a phase but caused by it (compilations the guest's code queued,
     * finishing after its last phase) to the run's total; it may exceed the budget, which
     * the caller turns into a verdict.
     */
    void charge(long cpuNs) {
        synchronized (phaseLock) {
            meteredCpuNs += Math.max(0, cpuNs);
        }
    }

    /** CPU the run may still use before it exceeds its submission budget. */
    long remainingBudgetNs() {
        synchronized (phaseLock) {
            return Math.max(0, submissionBudgetNs - meteredCpuNs);
        }
    }

    record PhaseEnd(long cpuNs, Verdict tripped, boolean stopAll) {
    }

    boolean stopAll() {
        synchronized (phaseLock) {
            return stopAll;
        }
    }

    long meteredCpuMs() {
        synchronized (phaseLock) {
            return meteredCpuNs / 1_000_000;
        }
    }

    void finished() {
        done.countDown();
    }

    /**
     * Runs on the calling thread until the guest finishes. Returns false when the guest had to
     * be abandoned (it ignored cancellation).
     */
    boolean watch() throws InterruptedException {
        long wallDeadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.wallMs());
        while (!done.await(POLL_MS, TimeUnit.MILLISECONDS)) {
            if (System.nanoTime() > wallDeadline) {
                trip(Verdict.TIME_LIMIT_EXCEEDED, true, -1);
                return cancelHard();
            }
            Thread thread = guest;
            if (thread == null) {
                continue;
            }
            Verdict reason = null;
            boolean all = false;
            int seen;
            synchronized (phaseLock) {
                if (!inPhase) {
                    continue;
                }
                seen = phase;
                long threadCpu = THREADS.getThreadCpuTime(thread.threadId());
                long phaseCpu = (processCpu ? PROCESS.getProcessCpuTime() : threadCpu) - phaseCpuStart;
                // The per-test limit is the guest thread's own CPU: a test must not fail because
                // trusted code (the wall, an import) is compiled for the first time while it runs.
                // The submission budget, and the CPU reported, are the metered clock: with the
                // process metered, work hidden in compilation still ends the run (ADR 0066).
                long phaseThreadCpu = threadCpu - phaseThreadCpuStart;
                if (meteredCpuNs + phaseCpu > submissionBudgetNs) {
                    reason = Verdict.TIME_LIMIT_EXCEEDED;
                    all = true;
                } else if (phaseThreadCpu > limits.cpuMsPerTest() * 1_000_000L) {
                    reason = Verdict.TIME_LIMIT_EXCEEDED;
                } else if (out.overflowed() || err.overflowed()) {
                    reason = Verdict.OUTPUT_LIMIT_EXCEEDED;
                } else if (overAllocationBudget(thread)) {
                    reason = Verdict.MEMORY_LIMIT_EXCEEDED;
                }
            }
            if (reason != null && !trip(reason, all, seen)) {
                return cancelHard();
            }
        }
        return true;
    }

    /**
     * Allocation budget: the guest thread allocated more than its memory limit AND the data
     * that survives collection grew by as much. The first alone would fail solutions that churn
     * through short-lived objects; the second alone would blame a neighbour's bomb.
     */
    private boolean overAllocationBudget(Thread thread) {
        long retained = retainedHeap();
        // The floor, not the start: a collection that frees an earlier job's garbage mid-phase
        // would otherwise hide this phase's growth until the heap is exhausted.
        phaseHeapFloor = Math.min(phaseHeapFloor, retained);
        long allocated = THREADS.getThreadAllocatedBytes(thread.threadId()) - phaseAllocStart;
        if (allocated <= limits.memoryBytes()) {
            return false;
        }
        return retained - phaseHeapFloor > limits.memoryBytes();
    }

    /** Interrupts the current phase; false when the whole run must be cancelled hard. */
    private boolean trip(Verdict reason, boolean all, int seenPhase) {
        synchronized (phaseLock) {
            if (seenPhase >= 0 && (phase != seenPhase || !inPhase)) {
                return true;
            }
            tripped = reason;
            stopAll |= all;
            if (all) {
                return false;
            }
            try {
                context.interrupt(INTERRUPT_WAIT);
                return true;
            } catch (TimeoutException e) {
                stopAll = true;
                return false;
            } catch (RuntimeException e) {
                return true;
            }
        }
    }

    /** Closes the context from another thread and waits a grace period for the guest to end. */
    private boolean cancelHard() throws InterruptedException {
        Context ctx = context;
        if (ctx != null) {
            Thread closer = new Thread(() -> {
                try {
                    ctx.close(true);
                } catch (RuntimeException ignored) {
                    // the guest thread reports what happened
                }
            }, "sandcastle-guest-closer");
            closer.setDaemon(true);
            closer.start();
        }
        return done.await(CLOSE_GRACE_MS, TimeUnit.MILLISECONDS);
    }
}
