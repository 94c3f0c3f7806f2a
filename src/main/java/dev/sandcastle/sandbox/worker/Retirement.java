package dev.sandcastle.sandbox.worker;

/** Why a pool replaced a worker; counted per reason for the metrics (ADR 0058). */
public enum Retirement {
    /** The guest exhausted the worker's heap and the JVM exited (-XX:+ExitOnOutOfMemoryError). */
    OUT_OF_MEMORY,
    /** Killed after overrunning its wall clock. */
    TIMED_OUT,
    /** Ended otherwise during a job (killed by a signal, exited). */
    DIED,
    /** Answered outside the protocol. */
    BROKE_PROTOCOL,
    /** Stopped from outside (its host is stopping). */
    STOPPED,
    /** A thread kept running after the job, or the executor failed on its own side. */
    TAINTED,
    /** The old generation stayed above the worker's baseline after a full collection. */
    HEAP_NOT_RECOVERED,
    /** Resident memory stayed far above the worker's start (ADR 0001). */
    RESIDENT_MEMORY_GROWN,
    /** Served its maximum number of jobs. */
    JOB_LIMIT,
    /** Stopped answering or died while idle. */
    IDLE_FAILURE;

    static Retirement after(WorkerFailure.Kind kind) {
        if (kind == null) {
            return DIED;
        }
        return switch (kind) {
            case OUT_OF_MEMORY -> OUT_OF_MEMORY;
            case TIMED_OUT -> TIMED_OUT;
            case BROKE_PROTOCOL -> BROKE_PROTOCOL;
            case STOPPED -> STOPPED;
            case DIED, FAILED_TO_START -> DIED;
        };
    }
}
