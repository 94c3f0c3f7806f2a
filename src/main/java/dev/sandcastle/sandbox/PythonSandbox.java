package dev.sandcastle.sandbox;

import dev.sandcastle.sandbox.guest.GraalGuestExecutor;
import dev.sandcastle.sandbox.guest.SelfTest;
import java.util.List;

/**
 * The sandbox in one object, running guests IN THE CALLING JVM: for tests, tools and the
 * worker JVM itself. It has both walls (VM and Python) but not the process wall, so a guest
 * that kills or wedges its JVM (ADR 0001) takes the caller with it. Production grading
 * goes through the worker pool ({@code dev.sandcastle.sandbox.worker.WorkerSandbox}).
 *
 * <pre>{@code
 * try (PythonSandbox sandbox = new PythonSandbox()) {
 *     RunResult r = sandbox.run("print(1 + 1)");
 * }
 * }</pre>
 */
public final class PythonSandbox implements Sandbox {

    private final GraalGuestExecutor executor;
    private final Limits limits;
    private final Policy policy;
    private volatile SandboxStatus status;

    /** Default limits and policy. */
    public PythonSandbox() {
        this(Limits.DEFAULTS, Policy.DEFAULT);
    }

    /** Limits and policy used by {@link #run(String)}; jobs carry their own. */
    public PythonSandbox(Limits limits, Policy policy) {
        this.executor = new GraalGuestExecutor();
        this.limits = limits;
        this.policy = policy;
    }

    public RunResult run(String code) {
        return run(code, limits, policy);
    }

    @Override
    public RunResult run(String code, Limits runLimits, Policy runPolicy) {
        return executor.run(code, runLimits, runPolicy);
    }

    @Override
    public ExecutionReport execute(ExecutionJob job) {
        return executor.execute(job);
    }

    @Override
    public CheckOutcome check(CustomCheckJob job) {
        return executor.check(job);
    }

    @Override
    public List<CheckOutcome> checkAll(CustomCheckBatch batch) {
        return executor.checkAll(batch);
    }

    /** Runs the start-up self-test on first use; ready only when every denial held. */
    @Override
    public SandboxStatus status() {
        SandboxStatus current = status;
        if (current == null) {
            SelfTest.Result result = SelfTest.run(executor);
            current = new SandboxStatus(result.passed(), result.passed() ? 1 : 0, 1, List.of("in-process"),
                    result.passed() ? null : result.problem());
            status = current;
        }
        return current;
    }

    /** The in-process executor itself, for tests that need its extra hooks. */
    public GuestExecutor executor() {
        return executor;
    }

    @Override
    public void close() {
        executor.close();
    }
}
