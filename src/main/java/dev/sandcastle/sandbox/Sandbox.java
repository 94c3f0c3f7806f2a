package dev.sandcastle.sandbox;

/**
 * Runs untrusted Python. Implementations never run guest code in the calling JVM's
 * trust domain without the walls described in docs/decisions; the production one hands every
 * job to a disposable worker JVM.
 */
public interface Sandbox extends AutoCloseable {

    /** Runs a snippet under the policy and limits. */
    RunResult run(String code, Limits limits, Policy policy);

    /** Loads the solution once in a fresh context and grades it against every test. */
    GradeReport grade(GradeRequest request);

    /** Readiness for health checks; never blocks on guest code. */
    SandboxStatus status();

    @Override
    void close();
}
