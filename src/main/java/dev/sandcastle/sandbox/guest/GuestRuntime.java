package dev.sandcastle.sandbox.guest;

import java.util.Map;
import java.util.TreeMap;

/**
 * How an executor's shared engine runs guest code and how its CPU is metered (ADR 0066).
 *
 * @param engineOptions Truffle engine options (compilation thresholds, compiler threads, ...);
 *     empty means the engine's defaults under {@code SandboxPolicy.CONSTRAINED}, any option
 *     means {@code TRUSTED} with every CONSTRAINED restriction set by hand ({@link VmWall})
 * @param processCpu    meter the whole process's CPU during a metered phase (the submission
 *     budget and the CPU reported; the per-test limit stays on the guest thread): fair only
 *     when one guest runs at a time (a worker JVM), and then it charges the compiler threads
 *     the guest's code keeps busy
 */
public record GuestRuntime(Map<String, String> engineOptions, boolean processCpu) {

    /** Today's in-process default: CONSTRAINED, thread CPU. */
    public static final GuestRuntime DEFAULT = new GuestRuntime(Map.of(), false);

    public GuestRuntime {
        engineOptions = Map.copyOf(new TreeMap<>(engineOptions));
    }

    /**
     * The tuned optimizing runtime for worker JVMs that run one guest at a time: compile
     * cheaply (a submission's code is seen once), on the guest's behalf, one compiler thread
     * (a worker has a core at most), the whole process metered.
     */
    public static GuestRuntime optimizing() {
        return new GuestRuntime(OPTIMIZING_OPTIONS, true);
    }

    /** The engine options of {@link #optimizing()}; each is a measured lever (docs/performance.md). */
    static final Map<String, String> OPTIMIZING_OPTIONS = Map.of(
            // one compiler thread: a worker has a core at most
            "engine.CompilerThreads", "1",
            // compile fast rather than well: a submission's code is seen once
            "engine.Mode", "latency",
            // compile on the guest thread's behalf and wait: nothing queued by a job outlives
            // its metered phase, and the process meter charges each compilation to its job
            "engine.BackgroundCompilation", "false");

    /** Whether the engine needs options CONSTRAINED refuses (see {@link VmWall}). */
    boolean tuned() {
        return !engineOptions.isEmpty();
    }

    /** This runtime with other engine options (for benchmarks comparing levers). */
    public GuestRuntime withOptions(Map<String, String> options) {
        return new GuestRuntime(options, processCpu);
    }
}
