package dev.sandcastle.sandbox;

/**
 * Runs untrusted Python. Implementations never run guest code in the calling JVM's
 * trust domain without the walls described in docs/decisions; the production one hands every
 * job to a disposable worker JVM. Grading a solution against tests is the judge's work
 * ({@code dev.sandcastle.judge.Judge}), on top of the {@link GuestExecutor} methods.
 */
public interface Sandbox extends GuestExecutor {

    /** Readiness for health checks; never blocks on guest code. */
    SandboxStatus status();

    @Override
    void close();
}
