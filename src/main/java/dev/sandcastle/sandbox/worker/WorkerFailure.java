package dev.sandcastle.sandbox.worker;

/**
 * Why a worker could not answer a job: it ran past the wall clock (and was killed), ran out
 * of heap, was stopped from outside (SIGTERM, SIGINT or SIGHUP: a service manager or terminal
 * stopping the host, never the sandbox itself, which only kills; or a SIGKILL the sandbox did
 * not send: an operator, a service manager's final kill, the kernel's OOM killer), died
 * otherwise, or broke the
 * protocol. The supervisor turns each into the verdict
 * that fits; none of them means the platform is harmed.
 */
public final class WorkerFailure extends Exception {

    public enum Kind { TIMED_OUT, OUT_OF_MEMORY, STOPPED, DIED, BROKE_PROTOCOL, FAILED_TO_START }

    private final Kind kind;
    private final Integer exitCode;

    public WorkerFailure(Kind kind, Integer exitCode, String message) {
        super(message);
        this.kind = kind;
        this.exitCode = exitCode;
    }

    public Kind kind() {
        return kind;
    }

    /** The worker's exit code, or null if it was killed by the supervisor or is unknown. */
    public Integer exitCode() {
        return exitCode;
    }
}
