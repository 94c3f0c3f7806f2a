package dev.sandcastle.sandbox.worker;

import dev.sandcastle.sandbox.GuestExecutor;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.guest.GraalGuestExecutor;
import dev.sandcastle.sandbox.guest.GuestRuntime;
import dev.sandcastle.sandbox.guest.SelfTest;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main class of a sandbox worker JVM, started by {@link WorkerProcess}. It creates the
 * guest executor, pays the first context, runs the self-test, reports readiness, then serves
 * one job at a time from stdin, answering on stdout in {@link WireCodec} frames.
 *
 * <p>The worker is disposable: the supervisor enforces the wall clock from outside and kills
 * it on overrun, death or silence. Nothing here tries to survive a hostile guest; it only
 * keeps the protocol stream clean (System.out goes to stderr) and reports honestly.
 */
public final class WorkerMain {

    /** Frames from the supervisor are trusted but still capped. */
    static final int MAX_REQUEST_BYTES = 64 << 20;
    static final int MAX_DEPTH = 256;

    /** Class of the executor; overridable only for tooling, the supervisor never sets it. */
    static final String EXECUTOR_PROPERTY = "sandcastle.worker.executor";
    /** Test hook: makes the self-test fail, to prove the supervisor fails closed. */
    static final String FAIL_SELF_TEST_PROPERTY = "sandcastle.worker.failSelfTest";
    /** How the worker's engine runs guest code; {@link #OPTIMIZING} is set by the launcher for jit=graal. */
    static final String RUNTIME_PROPERTY = "sandcastle.worker.runtime";
    static final String OPTIMIZING = "optimizing";
    /** How long start-up waits for the compilations of the compiler training (ADR 0066). */
    static final long COMPILER_TRAINING_WAIT_MS = 30_000;

    /** Runs the executor once and exits: fills the GraalPy resource cache and trains the AOT cache. */
    static final String PREPARE_ARGUMENT = "--prepare";

    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && PREPARE_ARGUMENT.equals(args[0])) {
            try (GuestExecutor executor = createExecutor()) {
                warmUp(executor);
                SelfTest.run(executor); // trains the AOT cache on what a starting worker loads
            }
            System.exit(0);
        }
        // The protocol owns file descriptors 0 and 1; everything else that prints goes to stderr.
        OutputStream protocolOut = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        InputStream protocolIn = new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16);
        System.setOut(System.err);
        System.setIn(new ByteArrayInputStream(new byte[0]));

        watchParent();
        long started = System.nanoTime();
        GuestExecutor executor = null;
        SelfTest.Result selfTest;
        if (Boolean.getBoolean(FAIL_SELF_TEST_PROPERTY)) {
            selfTest = new SelfTest.Result(false, "self-test failure simulated by " + FAIL_SELF_TEST_PROPERTY, List.of());
        } else {
            try {
                // Creating the executor builds the engine; the self-test pays the first context.
                executor = createExecutor();
                warmUp(executor);
                selfTest = SelfTest.run(executor);
            } catch (Throwable t) {
                selfTest = new SelfTest.Result(false, "executor failed to start: " + t.getClass().getSimpleName(), List.of());
            }
        }
        Map<String, Object> ready = new LinkedHashMap<>();
        ready.put(Messages.OP, "ready");
        ready.put("selfTestPassed", selfTest.passed());
        ready.put("problem", selfTest.problem());
        ready.put("checked", List.copyOf(selfTest.checked()));
        ready.put("warmMs", (System.nanoTime() - started) / 1_000_000);
        ready.put("engine", executor instanceof GraalGuestExecutor graal ? graal.engineImplementation() : "");
        ready.put("pid", ProcessHandle.current().pid());
        ready.put("heapUsedMb", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        WireCodec.writeFrame(protocolOut, ready);
        if (!selfTest.passed()) {
            // A worker that failed its self-test never runs a job.
            System.exit(2);
        }
        serve(executor, protocolIn, protocolOut);
        System.exit(0);
    }

    /**
     * Ends this worker when the supervisor dies (it is re-parented): closing stdin alone does
     * not stop a guest stuck in a built-in, and an orphan must not keep burning CPU.
     */
    private static void watchParent() {
        long parent = parentPid();
        Thread.ofPlatform().daemon().name("sandcastle-parent-watch").start(() -> {
            while (true) {
                long now = parentPid();
                if (now != parent) {
                    Runtime.getRuntime().halt(4);
                }
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /**
     * The parent's pid as this process's own /proc entry states it: the process wall hides every
     * other process's entry (Confinement, hidepid), so ProcessHandle.parent() would see none.
     */
    static long parentPid() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            // "pid (comm) state ppid ...": comm may hold spaces and parentheses, the last ')' ends it
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[1]);
        } catch (java.io.IOException | RuntimeException e) {
            return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        }
    }

    /**
     * Pays the first context (seconds of CPU, more on a busy host) under generous limits, so
     * the self-test that follows measures the walls and not the warm-up.
     */
    static void warmUp(GuestExecutor executor) {
        Limits generous = new Limits(120_000, 120_000, 300_000, 256L << 20, 64 << 10, 64 << 10, 1 << 20, 32, 3_000);
        executor.run("print(sum(i * i for i in range(100)))", generous, Policy.DEFAULT);
        if (optimizing() && executor instanceof GraalGuestExecutor graal) {
            // the Graal compiler is Java code HotSpot has not compiled yet: the first player
            // would pay for that in every compilation of their code (ADR 0066)
            graal.warmCompiler(COMPILER_TRAINING_WAIT_MS);
        }
    }

    private static boolean optimizing() {
        return OPTIMIZING.equals(System.getProperty(RUNTIME_PROPERTY));
    }

    private static GuestExecutor createExecutor() throws ReflectiveOperationException {
        String name = System.getProperty(EXECUTOR_PROPERTY);
        if (name == null) {
            return optimizing() ? new GraalGuestExecutor(true, GuestRuntime.optimizing()) : new GraalGuestExecutor();
        }
        return (GuestExecutor) Class.forName(name).getConstructor().newInstance();
    }

    static void serve(GuestExecutor executor, InputStream in, OutputStream out) throws IOException {
        HeapCheck heap = HeapCheck.measureBaseline();
        Thread preparing = prepareAhead(executor);
        while (true) {
            Object request;
            try {
                request = WireCodec.readFrame(in, MAX_REQUEST_BYTES, MAX_DEPTH);
            } catch (EOFException e) {
                return; // the supervisor closed the pipe: shut down quietly
            }
            Map<String, Object> response;
            String op = null;
            try {
                Map<?, ?> message = Messages.map(request, "request");
                op = Messages.str(message.get(Messages.OP));
                Object body = message.get(Messages.BODY);
                if (!"ping".equals(op)) {
                    awaitQuietly(preparing); // a job starts alone, on the context prepared for it
                }
                response = switch (op) {
                    case "run" -> {
                        Map<?, ?> m = Messages.map(body, "run");
                        yield Messages.ok(Messages.runResult(executor.run(
                                Messages.str(m.get("code")), Messages.limits(m.get("limits")), Messages.policy(m.get("policy")))));
                    }
                    case "execute" -> Messages.ok(Messages.report(executor.execute(Messages.job(body))));
                    case "check" -> Messages.ok(Messages.outcome(executor.check(Messages.checkJob(body))));
                    case "checkAll" -> Messages.ok(Messages.outcomes(executor.checkAll(Messages.checkBatch(body))));
                    case "ping" -> Messages.ok("pong");
                    case "exit" -> null;
                    default -> Messages.error("unknown op " + op);
                };
            } catch (Throwable t) {
                // The executor failed on its own side: report a short description, no stack trace.
                response = Messages.error(t.getClass().getSimpleName() + ": " + t.getMessage());
            }
            if (response == null) {
                return;
            }
            response.put("tainted", tainted(preparing));
            if (!"ping".equals(op)) {
                HeapCheck.Result after = heap.afterJob();
                if (after != null) {
                    response.put("heapRetainedMb", after.retainedMb());
                    response.put("heapBaselineMb", heap.baselineMb());
                    response.put("heapCollectMs", after.collectMs());
                    response.put("heapDamaged", after.damaged());
                }
            }
            WireCodec.writeFrame(out, response);
            if (!preparing.isAlive()) {
                preparing = prepareAhead(executor);
            }
        }
    }

    /**
     * Prepares the next job's context on its own thread while the worker idles, so pings are
     * answered at once; a job waits for it to finish. It runs the wall and allowed imports
     * only, never guest code, and has a big stack like the guest thread.
     */
    private static Thread prepareAhead(GuestExecutor executor) {
        Thread thread = new Thread(null, executor::prepareAhead, "sandcastle-prepare-ahead", 64L << 20);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void awaitQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * True when a thread other than this one is still burning CPU after the job ended: a guest
     * that ignored cancellation (e.g. inside one long built-in call) may outlive its job, so
     * the supervisor retires this worker. Cheap when nothing else is runnable. The thread
     * preparing the next context runs trusted code only and does not count.
     */
    static boolean tainted(Thread preparing) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpuBefore = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread != Thread.currentThread() && thread != preparing && thread.getState() == Thread.State.RUNNABLE
                    && thread.getThreadGroup() != null && !"system".equals(thread.getThreadGroup().getName())) {
                cpuBefore.put(thread.threadId(), mx.getThreadCpuTime(thread.threadId()));
            }
        }
        if (cpuBefore.isEmpty()) {
            return false;
        }
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
        for (Map.Entry<Long, Long> entry : cpuBefore.entrySet()) {
            long after = mx.getThreadCpuTime(entry.getKey());
            if (after - entry.getValue() > 5_000_000L) {
                return true;
            }
        }
        return false;
    }

}
