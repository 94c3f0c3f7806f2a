package dev.sandcastle.sandbox.guest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host's handle on {@link StatementCountingInstrument}: a thread that runs a guest opens a
 * {@link Meter} before it creates the guest's context, and every statement of player code
 * that thread executes in that context adds one to it. Threads without a meter (warm-up,
 * self-test, custom checkers) count into a sink nobody reads.
 *
 * <p>Only the host reaches this object (through {@code Engine.getInstruments()}); guests have
 * no polyglot or host access, so they can neither read nor reset a meter.
 */
public final class StatementMeters {

    /** Statements executed on one guest thread. Written by that thread only. */
    public static final class Meter {
        long statements;

        private Meter() {
        }

        /** Statements of player code executed so far on the owning thread. */
        public long statements() {
            return statements;
        }
    }

    /** Where statements of threads without a meter go. */
    static final Meter UNMETERED = new Meter();

    private final Map<Thread, Meter> open = new ConcurrentHashMap<>();

    StatementMeters() {
    }

    /** Opens a meter for the current thread; call before the thread creates its context. */
    public Meter open() {
        Meter meter = new Meter();
        open.put(Thread.currentThread(), meter);
        return meter;
    }

    /** Forgets the current thread's meter. */
    public void close() {
        open.remove(Thread.currentThread());
    }

    /** The meter a thread counts into when it first enters a context. */
    Meter meterOf(Thread thread) {
        return open.getOrDefault(thread, UNMETERED);
    }
}
