package dev.sandcastle.sandbox.guest;

import dev.sandcastle.sandbox.CheckOutcome;
import dev.sandcastle.sandbox.CustomCheckBatch;
import dev.sandcastle.sandbox.CustomCheckJob;
import dev.sandcastle.sandbox.ExecutionJob;
import dev.sandcastle.sandbox.ExecutionReport;
import dev.sandcastle.sandbox.GuestExecutor;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.RunResult;
import dev.sandcastle.sandbox.TestExecution;
import dev.sandcastle.sandbox.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Runs Python in this JVM behind the VM wall and the Python wall: one shared engine, a fresh
 * context for every call (never reused, always closed with {@code close(true)}), on a
 * dedicated big-stack thread watched for CPU, allocation, output and wall time.
 *
 * <p>In-process execution cannot stop a guest stuck in an uncancellable built-in
 * ({@code sum(range(10**11))}) nor survive a guest that kills the JVM; production therefore
 * uses this class inside disposable worker JVMs only. Here such a guest is abandoned after
 * a grace period and reported as TIME_LIMIT_EXCEEDED.
 */
public final class GraalGuestExecutor implements GuestExecutor {

    /**
     * GraalPy 25 does not enforce {@code sys.setrecursionlimit}: recursion ends only when the
     * guest thread's stack overflows (then RecursionError). The stack is therefore sized from
     * {@link Limits#recursionDepth()}: 16 KB per level (a small frame takes about 4.4 KB: 64 MB
     * gives about 15k frames, 1 MB about 200), so the configured depth always works and the
     * real ceiling is a few times higher for small frames.
     */
    static long guestStackBytes(Limits limits) {
        long wanted = (long) limits.recursionDepth() * (16L << 10) + (8L << 20);
        return Math.max(16L << 20, Math.min(wanted, 512L << 20));
    }

    /**
     * Reported when statements were not counted: counting is off, the solution could not be
     * compiled from text (wall.py, compile_counted), or the test did not run. See
     * docs/decisions/0003-statements-executed.md.
     */
    public static final long STATEMENTS_NOT_MEASURED = -1;

    /** Message of the tests left unrun when an earlier test exceeded its limit and the grace ran out. */
    public static final String NOT_RUN_AFTER_LIMIT = "not run: an earlier test exceeded its limit";

    private final Engine engine;
    private final GuestRuntime runtime;
    private final Source wallSource;
    /** Null when statements are not counted. */
    private final StatementMeters meters;
    /** The limits and policy of the last call: the best guess for the next one. */
    private SessionKey lastKey = new SessionKey(Limits.DEFAULTS, Policy.DEFAULT);
    /** What the last call's code imported: imported again ahead of the next call (ImportHint). */
    private String lastImports = "";
    /** A context built ahead of demand for {@link #lastKey}; taken by exactly one call. */
    private Prepared ahead;

    private record SessionKey(Limits limits, Policy policy) {
    }

    private record Prepared(SessionKey key, GuestSession session) {
    }

    /** An executor that counts statements executed. */
    public GraalGuestExecutor() {
        this(true);
    }

    /**
     * @param countStatements whether to attach the statement counter to this executor's engine;
     *     off, player code runs about a quarter faster in the interpreter and every report
     *     carries {@link #STATEMENTS_NOT_MEASURED} (for measuring the counter's cost)
     */
    public GraalGuestExecutor(boolean countStatements) {
        this(countStatements, GuestRuntime.DEFAULT);
    }

    /**
     * @param runtime how the engine compiles guest code and how CPU is metered; {@link
     *     GuestRuntime#optimizing()} is for worker JVMs only (it meters the whole process)
     */
    public GraalGuestExecutor(boolean countStatements, GuestRuntime runtime) {
        this(readWall(), countStatements, runtime);
    }

    /**
     * An executor whose Python wall is {@code wallText} instead of wall.py: for tests that
     * replace the wall with none at all and show what still holds without it.
     */
    GraalGuestExecutor(String wallText, boolean countStatements) {
        this(wallText, countStatements, GuestRuntime.DEFAULT);
    }

    GraalGuestExecutor(String wallText, boolean countStatements, GuestRuntime runtime) {
        this.runtime = runtime;
        this.engine = VmWall.newEngine(runtime);
        this.wallSource = Source.newBuilder("python", wallText, "sandcastle-wall.py").buildLiteral();
        this.meters = countStatements ? StatementCountingInstrument.meters(engine) : null;
    }

    /**
     * The engine's implementation name: "GraalVM CE" when the Truffle optimizing runtime
     * compiles guest code, "Interpreted" when the Graal compiler is missing (Truffle's fallback).
     */
    public String engineImplementation() {
        return engine.getImplementationName();
    }

    /** Whether this executor counts statements (false when the instrument could not be found). */
    public boolean countsStatements() {
        return meters != null;
    }

    private static String readWall() {
        try (InputStream in = GraalGuestExecutor.class.getResourceAsStream("wall.py")) {
            if (in == null) {
                throw new IllegalStateException("wall.py is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public RunResult run(String code, Limits limits, Policy policy) {
        if (tooLarge(code, limits)) {
            return new RunResult(Verdict.POLICY_VIOLATION, "", "", codeTooLarge(limits));
        }
        Holder<RunResult> result = new Holder<>();
        Watchdog watchdog = new Watchdog(limits, runtime.processCpu());
        awaitCompilerBeforeJob();
        boolean ended = runGuest(watchdog, limits, () -> {
            try (GuestSession session = openSession(limits, policy, code)) {
                watchdog.attach(Thread.currentThread(), session.context, session.out, session.err);
                GuestSession.Outcome outcome = prepareAndLoad(watchdog, session, code);
                Verdict verdict = outcome.verdict() == null ? Verdict.ACCEPTED : outcome.verdict();
                String message = outcome.verdict() == null ? "" : outcome.message();
                result.value = new RunResult(verdict, session.out.textFrom(0), session.err.textFrom(0), message);
            }
        });
        chargeCompilerAfterJob(watchdog);
        if (!ended || result.value == null) {
            return new RunResult(Verdict.TIME_LIMIT_EXCEEDED, "", "", Verdict.TIME_LIMIT_EXCEEDED.wording());
        }
        return result.value;
    }

    @Override
    public ExecutionReport execute(ExecutionJob job) {
        Limits limits = job.limits();
        if (tooLarge(job.solution(), limits)) {
            return new ExecutionReport(Verdict.POLICY_VIOLATION, codeTooLarge(limits), "", List.of(), 0,
                    STATEMENTS_NOT_MEASURED);
        }
        Progress progress = new Progress();
        Watchdog watchdog = new Watchdog(limits, runtime.processCpu());
        awaitCompilerBeforeJob();
        boolean ended = runGuest(watchdog, limits, () -> {
            // opened before this thread first enters the context (a context prepared ahead was
            // built on another thread): the thread's meter is fixed when it enters
            StatementMeters.Meter meter = meters == null ? null : meters.open();
            try (GuestSession session = openSession(limits, job.policy(), job.solution())) {
                watchdog.attach(Thread.currentThread(), session.context, session.out, session.err);
                GuestSession.Outcome prepared = metered(watchdog, () -> prepare(session, job.solution()));
                if (prepared.verdict() != null) {
                    progress.loadVerdict = prepared.verdict();
                    progress.loadMessage = prepared.message();
                    progress.completed = true;
                    return;
                }
                Statements statements = new Statements(session.statementsCountable() ? meter : null);
                progress.statements = statements;
                GuestSession.Outcome loaded = statements.count(() -> metered(watchdog, session::load));
                progress.loadStdout = session.out.textFrom(0);
                if (loaded.verdict() != null) {
                    progress.loadVerdict = loaded.verdict();
                    progress.loadMessage = loaded.message();
                    progress.completed = true;
                    return;
                }
                for (List<Object> args : job.argsPerTest()) {
                    if (watchdog.stopAll()) {
                        break;
                    }
                    int mark = session.out.size();
                    long cpuBefore = watchdog.meteredCpuMs();
                    long statementsBefore = statements.total();
                    GuestSession.Outcome outcome = statements.count(
                            () -> metered(watchdog, () -> session.call(job.entryPoint(), args)));
                    long cpuMs = watchdog.meteredCpuMs() - cpuBefore;
                    long testStatements = statements.counted()
                            ? statements.total() - statementsBefore : STATEMENTS_NOT_MEASURED;
                    progress.add(new TestExecution(outcome.verdict(), outcome.value(), cpuMs,
                            testStatements, session.out.textFrom(mark), outcome.message()));
                    if (outcome.verdict() == Verdict.TIME_LIMIT_EXCEEDED || outcome.verdict() == Verdict.MEMORY_LIMIT_EXCEEDED) {
                        // cost cap: the rest of the tests share what is left of one reduced grace
                        progress.limitExceeded = true;
                        watchdog.capRemaining(graceAfterLimit(limits));
                    }
                }
                progress.completed = true;
            } finally {
                if (meter != null) {
                    meters.close();
                }
            }
        });
        chargeCompilerAfterJob(watchdog);
        return progress.report(job, watchdog, ended);
    }

    /** One call of a checker: a batch of one, so single and batched checks share one path. */
    @Override
    public CheckOutcome check(CustomCheckJob job) {
        return checkAll(new CustomCheckBatch(job.checkerSource(),
                List.of(new CustomCheckBatch.Case(job.args(), job.expected(), job.actual())), job.limits())).getFirst();
    }

    /**
     * All of a submission's custom checks in one checker context: the checker is prepared and
     * loaded once, then called per case, each call metered as a test (its own CPU limit), the
     * batch within the sum of what the calls had alone. A call that fails fails its case only;
     * when the batch is stopped, the cases not reached fail as "ran out of time".
     */
    @Override
    public List<CheckOutcome> checkAll(CustomCheckBatch batch) {
        if (batch.cases().isEmpty()) {
            return List.of();
        }
        Limits limits = batch.batchLimits();
        List<CheckOutcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        Holder<String> loadFailure = new Holder<>();
        Watchdog watchdog = new Watchdog(limits, runtime.processCpu());
        awaitCompilerBeforeJob();
        boolean ended = runGuest(watchdog, limits, () -> {
            try (GuestSession session = openSession(limits, Policy.DEFAULT, batch.checkerSource())) {
                watchdog.attach(Thread.currentThread(), session.context, session.out, session.err);
                GuestSession.Outcome loaded = prepareAndLoad(watchdog, session, batch.checkerSource());
                if (loaded.verdict() != null) {
                    loadFailure.value = "checker failed to load: " + loaded.message();
                    return;
                }
                for (CustomCheckBatch.Case c : batch.cases()) {
                    if (watchdog.stopAll()) {
                        return;
                    }
                    List<Object> callArgs = new ArrayList<>();
                    callArgs.add(c.args());
                    callArgs.add(c.expected());
                    callArgs.add(c.actual());
                    outcomes.add(checkOutcome(metered(watchdog, () -> session.call("check", callArgs))));
                }
            }
        });
        chargeCompilerAfterJob(watchdog);
        List<CheckOutcome> all = new ArrayList<>(batch.cases().size());
        synchronized (outcomes) {
            all.addAll(outcomes.subList(0, Math.min(outcomes.size(), batch.cases().size())));
        }
        String missing = loadFailure.value != null ? loadFailure.value : "checker ran out of time";
        while (all.size() < batch.cases().size()) {
            all.add(new CheckOutcome(false, null, missing));
        }
        if (!ended) {
            return all.stream().map(o -> o.error() == null ? o : new CheckOutcome(false, null, "checker ran out of time")).toList();
        }
        return all;
    }

    /**
     * Builds a fresh context with the wall set up for the last call's limits and policy
     * (about 25-30 ms of a trivial grading's 30-35 ms in-process) and the allowed modules the
     * last call's code imported (a fresh context pays 50-400 ms per module such as re, typing
     * or dataclasses). It is used by the next call only if that call has the same limits and
     * policy, and is otherwise closed unused. Modules imported ahead belong to this context
     * alone and are reachable only through the wall's import, as any allowed module is.
     */
    @Override
    public void prepareAhead() {
        SessionKey key;
        String imports;
        synchronized (this) {
            if (ahead != null) {
                return;
            }
            key = lastKey;
            imports = lastImports;
        }
        GuestSession session;
        try {
            session = new GuestSession(engine, runtime, wallSource, key.limits(), key.policy());
        } catch (RuntimeException e) {
            return; // the next call builds its own and reports what went wrong
        }
        try {
            if (!imports.isEmpty()) {
                session.prepare(imports); // parsed, checked, imported and compiled; never run
            }
        } catch (RuntimeException e) {
            session.close();
            return;
        }
        synchronized (this) {
            if (ahead == null) {
                ahead = new Prepared(key, session);
                return;
            }
        }
        session.close();
    }

    /** For tests: whether a context prepared ahead is waiting for the next call. */
    synchronized boolean hasPreparedSession() {
        return ahead != null;
    }

    /** The context prepared ahead when it fits this call, else a new one; never one that ran guest code. */
    private GuestSession openSession(Limits limits, Policy policy, String code) {
        SessionKey key = new SessionKey(limits, policy);
        String imports = ImportHint.of(code);
        Prepared prepared;
        synchronized (this) {
            prepared = ahead;
            ahead = null;
            lastKey = key;
            lastImports = imports;
        }
        if (prepared != null) {
            if (prepared.key().equals(key)) {
                return prepared.session();
            }
            prepared.session().close();
        }
        return new GuestSession(engine, runtime, wallSource, limits, policy);
    }

    private static CheckOutcome checkOutcome(GuestSession.Outcome outcome) {
        if (outcome.verdict() != null) {
            return new CheckOutcome(false, null, "checker failed: " + outcome.message());
        }
        Object value = outcome.value();
        if (value instanceof Boolean passed) {
            return new CheckOutcome(passed, null, null);
        }
        if (value instanceof List<?> pair && pair.size() == 2 && pair.get(0) instanceof Boolean passed
                && (pair.get(1) == null || pair.get(1) instanceof String)) {
            return new CheckOutcome(passed, (String) pair.get(1), null);
        }
        return new CheckOutcome(false, null, "checker must return bool or (bool, str)");
    }

    /**
     * Prepares the code (parsing, checks, the imports it names) and runs its module body, both
     * metered: an import done for the player is the player's CPU time, even in code that never
     * runs, or naming heavy modules would be free work for the grader.
     */
    private static GuestSession.Outcome prepareAndLoad(Watchdog watchdog, GuestSession session, String code) {
        GuestSession.Outcome prepared = metered(watchdog, () -> prepare(session, code));
        if (prepared.verdict() != null) {
            return prepared;
        }
        return metered(watchdog, session::load);
    }

    /** Parses, checks, pre-imports and compiles; runs no player code (the caller meters it). */
    private static GuestSession.Outcome prepare(GuestSession session, String code) {
        try {
            return session.prepare(code);
        } catch (PolyglotException e) {
            return GuestSession.fromPolyglot(e);
        }
    }

    /** Runs one metered phase, turning escaped polyglot exceptions and watchdog trips into outcomes. */
    private static GuestSession.Outcome metered(Watchdog watchdog, java.util.function.Supplier<GuestSession.Outcome> phase) {
        GuestSession.Outcome outcome;
        watchdog.beginPhase();
        try {
            outcome = phase.get();
        } catch (PolyglotException e) {
            outcome = GuestSession.fromPolyglot(e);
        } catch (IllegalStateException e) {
            // the context was closed under us by the watchdog
            outcome = GuestSession.Outcome.failed(Verdict.TIME_LIMIT_EXCEEDED, Verdict.TIME_LIMIT_EXCEEDED.wording());
        }
        Watchdog.PhaseEnd end = watchdog.endPhase();
        if (end.tripped() != null) {
            return GuestSession.Outcome.failed(end.tripped(), end.tripped().wording());
        }
        if (end.stopAll()) {
            return GuestSession.Outcome.failed(Verdict.TIME_LIMIT_EXCEEDED, Verdict.TIME_LIMIT_EXCEEDED.wording());
        }
        return outcome;
    }

    /**
     * With the process metered, compilations left over from trusted work (the context
     * prepared ahead runs the wall, whose code the engine compiles once it is hot) must not be
     * charged to this job: wait, unmetered and briefly, for the compiler to go idle.
     */
    private void awaitCompilerBeforeJob() {
        if (runtime.processCpu()) {
            CompilerActivity.awaitIdle(Long.MAX_VALUE, COMPILER_WAIT_BEFORE_JOB_MS);
        }
    }

    /**
     * With the process metered, compilations this job's code queued and that outlive its last
     * phase are its own cost: they are waited for and charged to the run, up to what is left
     * of its budget. One still running after that is left to the worker's taint check (a
     * thread still burning CPU after a job retires the worker), so it never runs on the next
     * job's meter.
     */
    private void chargeCompilerAfterJob(Watchdog watchdog) {
        if (runtime.processCpu()) {
            CompilerActivity.Drain drain = CompilerActivity.awaitIdle(watchdog.remainingBudgetNs(), COMPILER_DRAIN_MAX_MS);
            watchdog.charge(drain.cpuNs());
        }
    }

    /** Upper bound of the unmetered wait for trusted compilations before a job. */
    static final long COMPILER_WAIT_BEFORE_JOB_MS = 1_000;
    /** Upper bound (wall) of the metered wait for a job's own compilations after it. */
    static final long COMPILER_DRAIN_MAX_MS = 3_000;

    /** Starts the guest task on its own big-stack thread and watches it; false if it had to be abandoned. */
    private static boolean runGuest(Watchdog watchdog, Limits limits, GuestTask task) {
        Thread thread = new Thread(null, () -> {
            try {
                task.run();
            } catch (RuntimeException | StackOverflowError e) {
                // reported through the missing result; the message may carry guest text
            } finally {
                watchdog.finished();
            }
        }, "sandcastle-guest", guestStackBytes(limits));
        thread.setDaemon(true);
        thread.start();
        try {
            return watchdog.watch();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean tooLarge(String code, Limits limits) {
        return code.getBytes(StandardCharsets.UTF_8).length > limits.codeBytes();
    }

    private static String codeTooLarge(Limits limits) {
        return "the code is larger than " + limits.codeBytes() + " bytes";
    }

    @FunctionalInterface
    private interface GuestTask {
        void run();
    }

    private static final class Holder<T> {
        volatile T value;
    }

    /**
     * Statements executed in the metered phases of one run (module body, each test), read from
     * the guest thread's meter before and after each phase; nothing outside those phases counts.
     * Not counted ({@code meter} null) when counting is off or the solution was compiled
     * without its text.
     */
    private static final class Statements {
        private final StatementMeters.Meter meter;
        private volatile long total;

        Statements(StatementMeters.Meter meter) {
            this.meter = meter;
        }

        boolean counted() {
            return meter != null;
        }

        long total() {
            return total;
        }

        GuestSession.Outcome count(java.util.function.Supplier<GuestSession.Outcome> phase) {
            if (meter == null) {
                return phase.get();
            }
            long before = meter.statements();
            try {
                return phase.get();
            } finally {
                total += meter.statements() - before;
            }
        }

        long reported() {
            return meter == null ? STATEMENTS_NOT_MEASURED : total;
        }
    }

    /**
     * CPU the tests after one that exceeded its time or memory limit may still use together: a
     * quarter of the per-test limit (500 ms by default), enough for quick tests of other
     * categories to keep their partial credit, too little for a hostile solution to spend the
     * submission budget. Hostile Checks thereby cost about one per-test limit.
     */
    static long graceAfterLimit(Limits limits) {
        return Math.max(1, limits.cpuMsPerTest() / 4);
    }

    /** What the guest thread has done so far; read by the caller even if the guest was abandoned. */
    private static final class Progress {
        volatile Statements statements;
        /** A test exceeded its time or memory limit: the rest ran under the reduced grace. */
        volatile boolean limitExceeded;
        volatile Verdict loadVerdict;
        volatile String loadMessage;
        volatile String loadStdout = "";
        volatile boolean completed;
        private final List<TestExecution> tests = new ArrayList<>();

        synchronized void add(TestExecution test) {
            tests.add(test);
        }

        synchronized ExecutionReport report(ExecutionJob job, Watchdog watchdog, boolean ended) {
            Verdict load = loadVerdict;
            String message = loadMessage;
            if (ended && !completed && !watchdog.stopAll()) {
                load = Verdict.INTERNAL_ERROR;
                message = Verdict.INTERNAL_ERROR.wording();
            } else if (load == null && tests.isEmpty() && !job.argsPerTest().isEmpty() && !ended) {
                load = Verdict.TIME_LIMIT_EXCEEDED;
                message = Verdict.TIME_LIMIT_EXCEEDED.wording();
            }
            List<TestExecution> all = new ArrayList<>(tests);
            if (load == null) {
                while (all.size() < job.argsPerTest().size()) {
                    all.add(new TestExecution(Verdict.TIME_LIMIT_EXCEEDED, null, 0, STATEMENTS_NOT_MEASURED, "",
                            limitExceeded ? NOT_RUN_AFTER_LIMIT : "not run: the submission ran out of time"));
                }
            } else {
                all.clear();
            }
            Statements counted = statements;
            long total = load == null && counted != null ? counted.reported() : STATEMENTS_NOT_MEASURED;
            return new ExecutionReport(load, message, loadStdout, all, watchdog.meteredCpuMs(), total);
        }
    }

    /**
     * Imports every default module once so that the engine caches their code: a first import
     * of {@code re} or {@code typing} costs seconds, later contexts of the same engine pay a
     * fraction. Meant for worker start-up, off the request path. Returns false if it failed.
     */
    public boolean warmUp() {
        StringBuilder code = new StringBuilder();
        for (String module : new java.util.TreeSet<>(Policy.DEFAULT_IMPORTS)) {
            code.append("import ").append(module).append('\n');
        }
        Limits d = Limits.DEFAULTS;
        Limits generous = new Limits(120_000, 120_000, 180_000, d.memoryBytes(), d.outputBytes(), d.codeBytes(),
                d.resultBytes(), d.resultDepth(), d.recursionDepth());
        return run(code.toString(), generous, Policy.DEFAULT).verdict() == Verdict.ACCEPTED;
    }

    /**
     * A trusted training workload for the optimizing runtime, run at worker start-up: loops
     * over ints, dicts, lists, strings, calls and comprehensions until the engine compiles
     * them, so the Graal compiler's own Java code is compiled by HotSpot and the engine's
     * shared code (built-ins, the wall) is compiled before the first player arrives.
     */
    private static final String COMPILER_TRAINING = """
            def arith(n):
                total = 0
                for i in range(n):
                    r = (i * i + 3 * i) % 97
                    total += r if r & 1 else r // 2
                return total

            def tally(n):
                counts = {}
                for i in range(n):
                    k = i % 31
                    counts[k] = counts.get(k, 0) + 1
                return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

            def sieve(n):
                flags = [True] * (n + 1)
                primes = []
                for i in range(2, n + 1):
                    if flags[i]:
                        primes.append(i)
                        for j in range(i * i, n + 1, i):
                            flags[j] = False
                return primes

            def words(n):
                parts = []
                for i in range(n):
                    parts.append(str(i)[::-1])
                text = " ".join(parts)
                return len(text.split()), max(len(w) for w in parts), {w[0] for w in parts}

            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)

            for round in range(2):
                arith(60000)
                tally(30000)
                sieve(30000)
                words(8000)
                fib(17)
                [x * x for x in range(20000) if x % 3]
            """;

    /**
     * Trains the optimizing runtime (see {@link #COMPILER_TRAINING}) and waits for the
     * compilations it queued, at most {@code maxWaitMs}. Meant for worker start-up; with the
     * interpreter only it is a short CPU-bound run. Returns false if the training failed.
     */
    /** Submissions of the wall training (see {@link #warmCompiler}). */
    static final int WALL_TRAINING_RUNS = 40;

    /** CPU the compiler training may take (process CPU: compilations included). */
    static final long TRAINING_CPU_MS = 60_000;

    public boolean warmCompiler(long maxWaitMs) {
        Limits d = Limits.DEFAULTS;
        Limits generous = new Limits(TRAINING_CPU_MS, TRAINING_CPU_MS, TRAINING_CPU_MS * 3, d.memoryBytes(), d.outputBytes(),
                d.codeBytes(), d.resultBytes(), d.resultDepth(), d.recursionDepth());
        boolean ok = run(COMPILER_TRAINING, generous, Policy.DEFAULT).verdict() == Verdict.ACCEPTED;
        // the wall's own code runs once per submission: submissions make it hot, so that its
        // compilation happens here and not on a player's meter
        for (int i = 0; i < WALL_TRAINING_RUNS; i++) {
            String code = "def add" + i + "(a, b):\n    for x in range(3):\n        a += x\n    return a + b\n"
                    + "print(add" + i + "(" + i + ", 2))\n";
            ok &= run(code, generous, Policy.DEFAULT).verdict() == Verdict.ACCEPTED;
        }
        CompilerActivity.awaitIdle(Long.MAX_VALUE, maxWaitMs);
        return ok;
    }

    /** For the self-test: runs trusted probe code behind the VM wall only and returns what it printed. */
    String runWithoutPythonWall(String code) {
        Holder<String> printed = new Holder<>();
        Limits limits = Limits.DEFAULTS;
        Watchdog watchdog = new Watchdog(limits, runtime.processCpu());
        runGuest(watchdog, limits, () -> {
            java.util.concurrent.atomic.AtomicLong used = new java.util.concurrent.atomic.AtomicLong();
            BoundedOutput out = new BoundedOutput(used, limits.outputBytes());
            BoundedOutput err = new BoundedOutput(used, limits.outputBytes());
            org.graalvm.polyglot.Context context = VmWall.newContext(engine, runtime, out, err);
            try {
                watchdog.attach(Thread.currentThread(), context, out, err);
                context.eval("python", code);
            } catch (PolyglotException e) {
                // the probe's own output says what happened
            } finally {
                context.close(true);
            }
            printed.value = out.textFrom(0);
        });
        return printed.value == null ? "" : printed.value;
    }

    @Override
    public void close() {
        Prepared prepared;
        synchronized (this) {
            prepared = ahead;
            ahead = null;
        }
        if (prepared != null) {
            prepared.session().close();
        }
        engine.close(true);
    }

}
