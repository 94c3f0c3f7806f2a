package dev.sandcastle.sandbox.guest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * Whether the Truffle optimizing runtime is compiling in this JVM: its compiler threads
 * ({@code TruffleCompilerThread-N}) are runnable only while they compile; idle, they wait on
 * the compile queue. Used to keep compilations out of another job's meter (ADR 0066).
 */
final class CompilerActivity {

    private static final String COMPILER_THREAD_PREFIX = "TruffleCompilerThread";
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long POLL_MS = 2;

    private CompilerActivity() {
    }

    /** True when a compiler thread is compiling now. */
    static boolean compiling() {
        // thread infos without stack traces: cheap enough to poll every few milliseconds
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds(), 0)) {
            if (info != null && info.getThreadName().startsWith(COMPILER_THREAD_PREFIX)
                    && info.getThreadState() == Thread.State.RUNNABLE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Waits until no compilation runs, at most {@code maxCpuNs} of process CPU and
     * {@code maxWallMs} of wall time. Returns the process CPU spent meanwhile (what the
     * compilations cost) and whether they ended.
     */
    static Drain awaitIdle(long maxCpuNs, long maxWallMs) {
        long cpuStart = PROCESS.getProcessCpuTime();
        long wallEnd = System.nanoTime() + maxWallMs * 1_000_000L;
        boolean idle = !compiling();
        while (!idle) {
            long spent = PROCESS.getProcessCpuTime() - cpuStart;
            if (spent >= maxCpuNs || System.nanoTime() >= wallEnd) {
                return new Drain(spent, false);
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Drain(PROCESS.getProcessCpuTime() - cpuStart, false);
            }
            idle = !compiling();
        }
        return new Drain(PROCESS.getProcessCpuTime() - cpuStart, true);
    }

    /** What waiting for the compiler cost: process CPU in ns, and whether it went idle. */
    record Drain(long cpuNs, boolean idle) {
    }
}
