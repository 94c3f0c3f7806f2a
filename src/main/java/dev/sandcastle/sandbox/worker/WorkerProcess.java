package dev.sandcastle.sandbox.worker;

import dev.sandcastle.sandbox.SandboxUnavailableException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One sandbox worker JVM as seen from the supervisor: the child process, its pipes, and a
 * blocking request/response call bounded by a wall clock. A worker answers one job at a time.
 */
final class WorkerProcess {

    private static final System.Logger LOG = System.getLogger(WorkerProcess.class.getName());
    private static final AtomicInteger IDS = new AtomicInteger();

    /** Answers come from a JVM that ran untrusted code: cap them. */
    static final int MAX_RESPONSE_BYTES = 64 << 20;
    static final int MAX_DEPTH = 256;
    private static final int STDERR_TAIL_LINES = 40;
    /**
     * SIGHUP, SIGINT, SIGTERM: how terminals and service managers stop processes. The sandbox
     * itself only sends SIGKILL, and guests cannot send signals, so a worker ending with one
     * of these (exit 128 + n) was stopped with its host, not by its guest.
     */
    private static final java.util.Set<Integer> STOP_SIGNALS = java.util.Set.of(1, 2, 15);
    private static final int SIGKILL = 9;

    private final int id = IDS.incrementAndGet();
    private final Process process;
    private final OutputStream toWorker;
    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final ArrayDeque<String> stderrTail = new ArrayDeque<>();
    private final Thread stderrDrain;
    private final long startedNanos = System.nanoTime();
    private volatile boolean tainted;
    /** The worker's heap did not return to its baseline after a full collection (HeapCheck). */
    private volatile boolean heapDamaged;
    private volatile long heapRetainedMb = -1;
    private volatile int heapCollections;
    private volatile long heapCollectMs = -1;
    private volatile boolean collectedAfterLastCall;
    private volatile WorkerFailure.Kind lastFailure;
    private volatile boolean killed;
    private long warmMs;
    private long heapUsedMb;
    private String engine = "";
    private long baselineRssKb = -1;
    private long readyMs;
    private int jobs;

    /** What the reader thread leaves in the inbox when the worker's stdout ends or breaks. */
    private record Ended(IOException cause) {
    }

    private WorkerProcess(Process process) {
        this.process = process;
        this.toWorker = new BufferedOutputStream(process.getOutputStream(), 1 << 16);
        InputStream fromWorker = new BufferedInputStream(process.getInputStream(), 1 << 16);
        Thread.ofPlatform().daemon().name("sandbox-worker-" + id + "-out").start(() -> readFrames(fromWorker));
        this.stderrDrain = Thread.ofPlatform().daemon().name("sandbox-worker-" + id + "-err").start(this::drainStderr);
    }

    /**
     * Starts a worker and waits for its readiness report.
     *
     * @throws WorkerFailure when it does not start, does not pass its self-test or is too slow
     */
    static WorkerProcess start(WorkerLauncher launcher, Duration spawnTimeout) throws WorkerFailure {
        Process process;
        try {
            process = launcher.start();
        } catch (IOException e) {
            throw new WorkerFailure(WorkerFailure.Kind.FAILED_TO_START, null, "cannot start a worker JVM: " + e.getMessage());
        }
        WorkerProcess worker = new WorkerProcess(process);
        Object hello = worker.awaitAnswer(spawnTimeout);
        Map<?, ?> ready;
        try {
            ready = Messages.map(hello, "ready");
            if (!"ready".equals(ready.get(Messages.OP))) {
                throw new IllegalArgumentException("first frame is not a readiness report");
            }
        } catch (IllegalArgumentException e) {
            worker.kill();
            throw new WorkerFailure(WorkerFailure.Kind.BROKE_PROTOCOL, null, e.getMessage());
        }
        if (!Boolean.TRUE.equals(ready.get("selfTestPassed"))) {
            worker.kill();
            throw new WorkerFailure(WorkerFailure.Kind.FAILED_TO_START, null,
                    "worker self-test failed: " + ready.get("problem"));
        }
        worker.warmMs = ready.get("warmMs") instanceof Long ms ? ms : -1;
        worker.heapUsedMb = ready.get("heapUsedMb") instanceof Long mb ? mb : -1;
        worker.engine = ready.get("engine") instanceof String name ? name : "";
        worker.readyMs = (System.nanoTime() - worker.startedNanos) / 1_000_000;
        worker.baselineRssKb = worker.rssKb();
        return worker;
    }

    /**
     * Sends one request and waits for its answer.
     *
     * @return the answer body
     * @throws WorkerFailure when the worker overran the timeout (it is killed), died or broke the
     *                       protocol; an error reported by the worker itself is returned as an
     *                       {@link IllegalStateException}
     */
    Object call(String op, Object body, Duration timeout) throws WorkerFailure {
        try {
            return exchange(op, body, timeout);
        } catch (WorkerFailure failure) {
            lastFailure = failure.kind();
            throw failure;
        }
    }

    private Object exchange(String op, Object body, Duration timeout) throws WorkerFailure {
        jobs++;
        try {
            WireCodec.writeFrame(toWorker, Messages.request(op, body));
        } catch (IOException e) {
            // The worker is gone; its exit tells why.
            throw failureAfterEnd();
        }
        Object answer = awaitAnswer(timeout);
        Map<?, ?> message;
        try {
            message = Messages.map(answer, "answer");
        } catch (IllegalArgumentException e) {
            kill();
            throw new WorkerFailure(WorkerFailure.Kind.BROKE_PROTOCOL, null, "answer is not a map");
        }
        if (Boolean.TRUE.equals(message.get("tainted"))) {
            tainted = true;
        }
        collectedAfterLastCall = message.get("heapRetainedMb") instanceof Long;
        if (message.get("heapRetainedMb") instanceof Long retainedMb) {
            // the worker collected after this job (its old generation had grown): kept or damaged
            heapCollections++;
            heapRetainedMb = retainedMb;
            heapCollectMs = message.get("heapCollectMs") instanceof Long ms ? ms : -1;
            heapDamaged |= Boolean.TRUE.equals(message.get("heapDamaged"));
        }
        if (message.containsKey(Messages.ERROR)) {
            tainted = true;
            throw new IllegalStateException("worker reported: " + message.get(Messages.ERROR));
        }
        if (!message.containsKey(Messages.OK)) {
            kill();
            throw new WorkerFailure(WorkerFailure.Kind.BROKE_PROTOCOL, null, "answer has no result");
        }
        return message.get(Messages.OK);
    }

    /** True when the worker answers a ping in time; a worker that does not is killed. */
    boolean answersPing(Duration timeout) {
        try {
            return "pong".equals(call("ping", null, timeout));
        } catch (WorkerFailure | RuntimeException e) {
            kill();
            return false;
        } finally {
            jobs--;
        }
    }

    private Object awaitAnswer(Duration timeout) throws WorkerFailure {
        Object frame;
        try {
            frame = inbox.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            // The grader is stopping: not the player's doing, so no verdict at all.
            Thread.currentThread().interrupt();
            kill();
            throw new SandboxUnavailableException("interrupted while waiting for a sandbox worker");
        }
        if (frame == null) {
            kill();
            throw new WorkerFailure(WorkerFailure.Kind.TIMED_OUT, null, "no answer within " + timeout.toMillis() + " ms");
        }
        if (frame instanceof Ended ended) {
            if (ended.cause() instanceof WireCodec.MalformedFrameException malformed) {
                kill();
                awaitExit();
                // An OOM exit can leave a torn frame behind; the exit code is the better witness.
                WorkerFailure death = classifyExit();
                if (death.kind() == WorkerFailure.Kind.OUT_OF_MEMORY || death.kind() == WorkerFailure.Kind.STOPPED) {
                    throw death;
                }
                throw new WorkerFailure(WorkerFailure.Kind.BROKE_PROTOCOL, null, malformed.getMessage());
            }
            throw failureAfterEnd();
        }
        return frame;
    }

    private WorkerFailure failureAfterEnd() {
        if (!awaitExit()) {
            kill();
            return new WorkerFailure(WorkerFailure.Kind.BROKE_PROTOCOL, null, "worker closed its channel but did not exit");
        }
        return classifyExit();
    }

    private boolean awaitExit() {
        try {
            boolean exited = process.waitFor(2, TimeUnit.SECONDS);
            stderrDrain.join(1_000);
            return exited;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private WorkerFailure classifyExit() {
        int code = process.exitValue();
        String tail = stderrTail();
        if (code == 3 || tail.contains("java.lang.OutOfMemoryError")) {
            return new WorkerFailure(WorkerFailure.Kind.OUT_OF_MEMORY, code, "worker ran out of heap");
        }
        if (STOP_SIGNALS.contains(code - 128)) {
            return new WorkerFailure(WorkerFailure.Kind.STOPPED, code, "worker stopped from outside by signal " + (code - 128));
        }
        if (code == 128 + SIGKILL && !killed) {
            // Not our kill (that sets killed first) and guests cannot send signals: an operator, a
            // service manager's final SIGKILL or the kernel's OOM killer. No verdict the player earned.
            return new WorkerFailure(WorkerFailure.Kind.STOPPED, code, "worker killed from outside (SIGKILL)");
        }
        String how = code > 128 ? "killed by signal " + (code - 128) : "exited with code " + code;
        return new WorkerFailure(WorkerFailure.Kind.DIED, code, "worker " + how);
    }

    private void readFrames(InputStream in) {
        try {
            while (true) {
                inbox.add(WireCodec.readFrame(in, MAX_RESPONSE_BYTES, MAX_DEPTH));
            }
        } catch (EOFException e) {
            inbox.add(new Ended(null));
        } catch (IOException e) {
            inbox.add(new Ended(e));
        } catch (RuntimeException e) {
            inbox.add(new Ended(new IOException(e.toString())));
        }
    }

    private void drainStderr() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.length() > 2_000) {
                    line = line.substring(0, 2_000) + "...";
                }
                LOG.log(Level.DEBUG, "worker {0}: {1}", id, line);
                synchronized (stderrTail) {
                    stderrTail.addLast(line);
                    if (stderrTail.size() > STDERR_TAIL_LINES) {
                        stderrTail.removeFirst();
                    }
                }
            }
        } catch (IOException ignored) {
            // the worker is gone
        }
    }

    String stderrTail() {
        synchronized (stderrTail) {
            return String.join("\n", List.copyOf(stderrTail));
        }
    }

    /** Kills the worker at once (SIGKILL): a guest that ignores cancellation gets no grace. */
    void kill() {
        killed = true;
        process.destroyForcibly();
        try {
            toWorker.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    /** Asks an idle worker to exit; kills it if it does not within a second. */
    void shutdown() {
        try {
            WireCodec.writeFrame(toWorker, Messages.request("exit", null));
            toWorker.close();
            if (process.waitFor(1, TimeUnit.SECONDS)) {
                return;
            }
        } catch (IOException ignored) {
            // fall through to kill
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
    }

    /** The exit code, or null while the process runs. */
    Integer exitCode() {
        return process.isAlive() ? null : process.exitValue();
    }

    boolean alive() {
        return !killed && process.isAlive();
    }

    /** True when the last job left something behind (a runaway thread, an executor error). */
    boolean tainted() {
        return tainted;
    }

    long pid() {
        return process.pid();
    }

    int id() {
        return id;
    }

    int jobs() {
        return jobs;
    }

    long readyMs() {
        return readyMs;
    }

    /** Resident memory in kB from /proc, or -1 where that is not available. */
    long rssKb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    /**
     * True when the worker holds much more memory than when it became ready: after a bomb the
     * heap stays expanded (about 0.9 GB at -Xmx768m), so the worker is replaced to give it back.
     */
    boolean bloated(long marginKb) {
        if (baselineRssKb < 0) {
            return false;
        }
        long rss = rssKb();
        return rss > 0 && rss > baselineRssKb + marginKb;
    }

    /** True when the worker's heap did not come back to its own baseline after a collection. */
    boolean heapDamaged() {
        return heapDamaged;
    }

    /** Old generation after the latest collection a job caused, or -1 when none did. */
    long heapRetainedMb() {
        return heapRetainedMb;
    }

    /** Whether the worker ran a full collection after the latest call (its heap had grown). */
    boolean collectedAfterLastCall() {
        return collectedAfterLastCall;
    }

    /** Collections that jobs of this worker caused (HeapCheck), recovered or not. */
    /** How long the worker's last after-job collection took, -1 when unknown. */
    long heapCollectMs() {
        return heapCollectMs;
    }

    int heapCollections() {
        return heapCollections;
    }

    /** How the latest failed call ended (killed on overrun, out of memory, died...), or null. */
    WorkerFailure.Kind lastFailure() {
        return lastFailure;
    }

    /** Heap in use (garbage included) when the worker reported ready. */
    long heapUsedMb() {
        return heapUsedMb;
    }

    /** The worker engine's implementation name: "GraalVM CE" when guest code is compiled, "Interpreted" when not. */
    String engine() {
        return engine;
    }

    long warmMs() {
        return warmMs;
    }

    java.util.concurrent.CompletableFuture<Process> onExit() {
        return process.onExit();
    }
}
