package dev.sandcastle.sandbox.worker;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import javax.management.ObjectName;

/**
 * Inside a worker JVM: whether the heap came back after a job. The worker's own baseline is
 * the old generation after a full collection once its self-test passed; after a job that left
 * the old generation well above it (a memory bomb, or garbage promoted over many jobs), a full
 * collection runs and the old generation is measured again. A worker whose heap does not come
 * back is damaged (something the guest made outlived its context) and asks to be retired;
 * one whose heap does is kept: a bomb then costs a collection instead of a new worker JVM
 * (ADR 0058).
 *
 * <p>The collection is asked for through the DiagnosticCommand MBean ({@code GC.run}), which
 * {@code -XX:+DisableExplicitGC} does not turn off; guests cannot reach it (the Python wall).
 * With {@code -XX:-ShrinkHeapInSteps} a full collection also gives the expanded heap back to
 * the operating system, so the supervisor's resident-memory check passes too.
 */
final class HeapCheck {

    /** Old-generation growth over the baseline that makes a job pay a full collection. */
    static final long COLLECT_ABOVE_BYTES = 48L << 20;
    /** Old generation still above the baseline by this much after a full collection: damaged. */
    static final long DAMAGED_ABOVE_BYTES = 64L << 20;

    private static final List<MemoryPoolMXBean> OLD_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
            .toList();

    /** What a check found: old generation after the collection, and whether that is damage. */
    record Result(long retainedMb, long collectMs, boolean damaged) {
    }

    private final long baselineBytes;

    private HeapCheck(long baselineBytes) {
        this.baselineBytes = baselineBytes;
    }

    /** Measures the baseline: one full collection, then the old generation. */
    static HeapCheck measureBaseline() {
        collect();
        return new HeapCheck(oldUsed());
    }

    long baselineMb() {
        return baselineBytes >> 20;
    }

    /** Null when the old generation is near its baseline (nothing to do, the usual case). */
    Result afterJob() {
        if (oldUsed() <= baselineBytes + COLLECT_ABOVE_BYTES) {
            return null;
        }
        long started = System.nanoTime();
        collect();
        long retained = oldUsed();
        return new Result(retained >> 20, (System.nanoTime() - started) / 1_000_000,
                retained > baselineBytes + DAMAGED_ABOVE_BYTES);
    }

    private static long oldUsed() {
        if (OLD_POOLS.isEmpty()) {
            Runtime runtime = Runtime.getRuntime();
            return runtime.totalMemory() - runtime.freeMemory();
        }
        long used = 0;
        for (MemoryPoolMXBean pool : OLD_POOLS) {
            used += pool.getUsage().getUsed();
        }
        return used;
    }

    private static void collect() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcRun", new Object[] {null}, new String[] {String[].class.getName()});
        } catch (Exception | LinkageError e) {
            // no diagnostic commands here: the measurement after it then decides alone
        }
    }
}
