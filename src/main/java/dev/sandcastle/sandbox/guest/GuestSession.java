package dev.sandcastle.sandbox.guest;

import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.Verdict;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * One fresh context with the Python wall set up, used on the guest thread only and closed
 * with {@code close(true)}. Every outcome is expressed as an {@link Outcome} built from
 * trusted data: guest strings are read only after checking their type is exactly str.
 */
final class GuestSession implements AutoCloseable {

    /** The player module name; the wall treats classes of this module as player-owned. */
    static final String PLAYER_MODULE = "solution";

    /** What one phase (load, one call) produced: {@code verdict} null means success with {@code value}. */
    record Outcome(Verdict verdict, String message, Object value, String errorType) {
        static Outcome ok(Object value) {
            return new Outcome(null, null, value, null);
        }

        static Outcome failed(Verdict verdict, String message) {
            return new Outcome(verdict, message, null, null);
        }
    }

    final Context context;
    final BoundedOutput out;
    final BoundedOutput err;
    private final Limits limits;
    private final Value load;
    private final Value call;
    private final Value prepare;
    final PlainValues values;
    private boolean statementsCountable;

    GuestSession(Engine engine, GuestRuntime runtime, Source wallSource, Limits limits, Policy policy) {
        this.limits = limits;
        AtomicLong printed = new AtomicLong();
        this.out = new BoundedOutput(printed, limits.outputBytes());
        this.err = new BoundedOutput(printed, limits.outputBytes());
        this.context = VmWall.newContext(engine, runtime, out, err);
        try {
            Value setup = context.eval(wallSource);
            Value wall = setup.execute(
                    String.join(",", allowedImports(policy)),
                    String.join(",", policy.extraBuiltins()),
                    limits.recursionDepth(),
                    PLAYER_MODULE);
            this.load = entryPoint(wall, "load");
            this.call = entryPoint(wall, "call");
            this.prepare = entryPoint(wall, "prepare");
            this.values = new PlainValues(entryPoint(wall, "types").execute());
        } catch (RuntimeException e) {
            context.close(true);
            throw e;
        }
    }

    /**
     * One of the entry points wall.py's {@code setup} returns by name (a dict read once, before
     * any player code runs): prepare, load, call and types.
     */
    private static Value entryPoint(Value wall, String name) {
        Value function = wall.hasHashEntries() ? wall.getHashValue(name) : null;
        if (function == null || !function.canExecute()) {
            throw new IllegalStateException("the Python wall has no entry point '" + name + "'");
        }
        return function;
    }

    static TreeSet<String> allowedImports(Policy policy) {
        TreeSet<String> allowed = new TreeSet<>(Policy.DEFAULT_IMPORTS);
        allowed.addAll(policy.extraImports());
        allowed.removeIf(Policy::isNever);
        return allowed;
    }

    /**
     * Parses, checks, pre-imports the allowed modules it names and compiles the solution; runs
     * none of its code. The executor meters it as the player's CPU time: the imports are done
     * for the player.
     */
    Outcome prepare(String source) {
        Value status = prepare.execute(source);
        // trusted data (no player code has run yet): ['ok', True] when the solution was compiled
        // from text, one statement per line, so the statement counter sees it
        statementsCountable = values.isList(status) && status.getArraySize() > 1
                && status.getArrayElement(1).isBoolean() && status.getArrayElement(1).asBoolean();
        return outcome(status, false);
    }

    /** Whether the prepared solution's statements are counted (see wall.py, compile_counted). */
    boolean statementsCountable() {
        return statementsCountable;
    }

    /** Runs the module code of the prepared solution. */
    Outcome load() {
        return outcome(load.execute(), false);
    }

    /** Calls the entry point with fresh copies of the arguments and reads the result as plain data. */
    Outcome call(String entryPoint, List<Object> args) {
        Value guestArgs = values.toGuest(args);
        return outcome(call.execute(entryPoint, guestArgs), true);
    }

    private Outcome outcome(Value status, boolean wantValue) {
        if (!values.isList(status)) {
            return Outcome.failed(Verdict.INTERNAL_ERROR, "the sandbox wall returned no status");
        }
        String kind = values.str(status.getArrayElement(0), "");
        if (kind.equals("ok")) {
            if (!wantValue) {
                return Outcome.ok(null);
            }
            Value result = status.getArrayElement(1);
            // PlainValues alone decides what a result is (type identity, base-type reads, bounds):
            // the wall's own check ran beside the player's code and proves nothing
            try {
                return Outcome.ok(values.fromGuest(result, limits.resultDepth(), limits.resultBytes()));
            } catch (PlainValues.NotPlainData e) {
                return Outcome.failed(Verdict.RUNTIME_ERROR, e.getMessage());
            }
        }
        Verdict verdict = verdictNamed(values.str(status.getArrayElement(1), "INTERNAL_ERROR"));
        String message = dev.sandcastle.sandbox.GuestText.text(
                values.str(status.getArrayElement(2), verdict.wording()), dev.sandcastle.sandbox.GuestText.MAX_MESSAGE_CHARS);
        long line = values.integer(status.getArrayElement(3), 0);
        String errorType = status.getArraySize() > 4 ? values.str(status.getArrayElement(4), null) : null;
        if (verdict == Verdict.RUNTIME_ERROR && line > 0) {
            message = message + " (line " + line + ")";
        }
        return new Outcome(verdict, message, null, errorType);
    }

    /**
     * The verdict a wall status names. The wall runs beside the player's code and may be
     * subverted, so it can only name a failure: "ACCEPTED" (or any unknown word) is a tampered
     * report. The grader applies the same rule again in the host (GuestClaims).
     */
    private static Verdict verdictNamed(String name) {
        try {
            Verdict verdict = Verdict.valueOf(name);
            return verdict == Verdict.ACCEPTED ? Verdict.POLICY_VIOLATION : verdict;
        } catch (IllegalArgumentException e) {
            return Verdict.POLICY_VIOLATION;
        }
    }

    /**
     * The verdict for a polyglot exception that escaped the wall. Never reads the exception's
     * message: that would run the guest's {@code __str__}.
     */
    static Outcome fromPolyglot(PolyglotException e) {
        if (e.isCancelled() || e.isInterrupted()) {
            return Outcome.failed(Verdict.TIME_LIMIT_EXCEEDED, Verdict.TIME_LIMIT_EXCEEDED.wording());
        }
        if (e.isResourceExhausted()) {
            return Outcome.failed(Verdict.MEMORY_LIMIT_EXCEEDED, Verdict.MEMORY_LIMIT_EXCEEDED.wording());
        }
        if (e.isExit()) {
            return Outcome.failed(Verdict.RUNTIME_ERROR, "the program tried to exit the interpreter");
        }
        if (e.isSyntaxError()) {
            return Outcome.failed(Verdict.SYNTAX_ERROR, Verdict.SYNTAX_ERROR.wording());
        }
        if (e.isHostException() && e.asHostException() instanceof StackOverflowError) {
            return Outcome.failed(Verdict.RUNTIME_ERROR, "RecursionError");
        }
        if (e.isHostException() && e.asHostException() instanceof OutOfMemoryError) {
            return Outcome.failed(Verdict.MEMORY_LIMIT_EXCEEDED, Verdict.MEMORY_LIMIT_EXCEEDED.wording());
        }
        if (e.isInternalError() && String.valueOf(e.getMessage()).contains("BigInteger would overflow")) {
            // 10**(10**9): a number no heap could hold. An internal error's message is the
            // host exception's own text, never the guest's __str__.
            return Outcome.failed(Verdict.MEMORY_LIMIT_EXCEEDED, "the program built a number too large to hold in memory");
        }
        if (e.isInternalError()) {
            return Outcome.failed(Verdict.POLICY_VIOLATION, "the program used something the sandbox does not allow");
        }
        return Outcome.failed(Verdict.RUNTIME_ERROR, Verdict.RUNTIME_ERROR.wording());
    }

    @Override
    public void close() {
        try {
            context.close(true);
        } catch (RuntimeException ignored) {
            // already closed or cancelled: nothing left to release
        }
    }
}
