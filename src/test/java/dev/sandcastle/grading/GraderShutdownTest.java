package dev.sandcastle.grading;

import dev.sandcastle.sandbox.Sandbox;
import dev.sandcastle.sandbox.Verdict;
import dev.sandcastle.sandbox.worker.WorkerSandbox;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static dev.sandcastle.submission.Submissions.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * SIGTERM to the whole process group (Ctrl-C, {@code kill -- -pgid}, systemd's default
 * control-group kill) reaches the grader and its sandbox workers at once. A job whose worker
 * dies that way must go back to the queue without a verdict and without spending an attempt.
 * The test rehearses it in-process: the grader's shutdown hook action, then SIGTERM to every
 * worker JVM of this process while one runs a player's busy loop.
 */
@QuarkusTest
class GraderShutdownTest {

    private static final String BUSY_LOOP = "def add(a, b):\n    while True:\n        pass\n";

    @Inject
    Grader grader;

    @Inject
    JobQueue queue;

    @Inject
    GradingService grading;

    @Inject
    GradedEvents events;

    @Inject
    Sandbox sandbox;

    @Inject
    EntityManager em;

    @AfterEach
    void endRehearsal() {
        grader.shutdownCancelled();
    }

    @Test
    void aJobWhoseWorkerIsStoppedWithTheGraderGoesBackUncountedAndWithoutAVerdict() throws Exception {
        long id = startBusyLoop("sigterm-group");
        grader.shutdownBegan(); // what the JVM's shutdown hook does on SIGTERM
        workers().forEach(ProcessHandle::destroy); // the same SIGTERM reaching the workers
        awaitHandedBack(id);

        assertEquals(0, jobAttempts(id), "the stopped attempt is not counted");
        assertEquals("QUEUED", column(id, "status"));
        assertNull(column(id, "verdict"), "no verdict was written");
        assertEquals(0, events.count(id), "no score hand-off");
        assertEquals(null, lastFailure(id));
        finishByHand(id);
    }

    @Test
    void aWorkerStoppedWhileTheGraderKeepsRunningCostsTheJobAnAttemptSoItCannotLoop() throws Exception {
        long id = startBusyLoop("sigterm-worker-only");
        workers().forEach(ProcessHandle::destroy);
        grader.pause(); // keep the hand-back in the queue to look at it
        awaitHandedBack(id);

        assertEquals(1, jobAttempts(id));
        assertEquals("SandboxStopped", lastFailure(id));
        assertNull(column(id, "verdict"));
        assertEquals(0, events.count(id));
        finishByHand(id);
    }

    /**
     * A SIGKILL the sandbox did not send (an operator, a service manager's final kill, the OOM
     * killer) reaching the worker while the grader drains: before, the grader wrote it as the
     * player's RUNTIME_ERROR ("The program ended the process it was running in.").
     */
    @Test
    void aJobWhoseWorkerIsKilledFromOutsideWhileTheGraderDrainsGoesBackUncountedAndWithoutAVerdict() throws Exception {
        long id = startBusyLoop("sigkill-drain");
        grader.shutdownBegan();
        workers().forEach(ProcessHandle::destroyForcibly);
        awaitHandedBack(id);

        assertEquals(0, jobAttempts(id), "the killed attempt is not counted");
        assertEquals("QUEUED", column(id, "status"));
        assertNull(column(id, "verdict"), "no verdict was written");
        assertEquals(0, events.count(id), "no score hand-off");
        finishByHand(id);
    }

    @Test
    void aWorkerKilledFromOutsideWhileTheGraderKeepsRunningCostsAnAttemptButGivesNoVerdict() throws Exception {
        long id = startBusyLoop("sigkill-worker-only");
        workers().forEach(ProcessHandle::destroyForcibly);
        grader.pause();
        awaitHandedBack(id);

        assertEquals(1, jobAttempts(id));
        assertEquals("SandboxStopped", lastFailure(id));
        assertNull(column(id, "verdict"));
        finishByHand(id);
    }

    /** Submits a busy loop and returns once a player worker's guest thread is burning CPU on it. */
    private long startBusyLoop(String player) throws Exception {
        grader.pause();
        awaitIdle();
        WorkerSandbox workers = (WorkerSandbox) ClientProxy.unwrap(sandbox);
        awaitReadyPool(workers);
        long id = submit(player, "add-two", BUSY_LOOP, "check");
        grader.resume();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(100);
            if ("RUNNING".equals(column(id, "status"))
                    && workers.workerPids().stream().anyMatch(pid -> guestCpuMs(pid) >= 200)) {
                return id;
            }
        }
        throw new AssertionError("no worker started on submission " + id);
    }

    /** Every player worker is ready (the earlier test's SIGTERM made the pool replace them). */
    private void awaitReadyPool(WorkerSandbox workers) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            var status = workers.status();
            if (status.ready() && status.workersReady() == status.poolSize()) {
                return;
            }
            Thread.sleep(100);
        }
        fail("the sandbox workers were not replaced in time: " + workers.status());
    }

    /**
     * CPU time of the worker's guest thread ("sandcastle-guest", which lives only while a job
     * runs), from /proc; 0 when there is none.
     */
    private static long guestCpuMs(long pid) {
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            long ticks = 0;
            for (Path task : tasks.toList()) {
                if (Files.readString(task.resolve("comm")).startsWith("sandcastle-gues")) {
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                }
            }
            return ticks * 10; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /**
     * The grader's player workers (the whole group a real SIGTERM would reach, for this sandbox;
     * other test classes' pools in this JVM are left alone).
     */
    private List<ProcessHandle> workers() {
        return ((WorkerSandbox) ClientProxy.unwrap(sandbox)).workerPids().stream()
                .map(ProcessHandle::of).flatMap(java.util.Optional::stream).toList();
    }

    private void awaitHandedBack(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if ("QUEUED".equals(column(id, "status")) && claimedBy(id) == null) {
                return;
            }
            assertTrue(column(id, "verdict") == null, "a verdict was written: " + column(id, "verdict"));
            Thread.sleep(100);
        }
        fail("submission " + id + " was not handed back; status " + column(id, "status"));
    }

    /** Ends the rehearsal's busy loop without grading it again (it would burn its CPU limit). */
    private void finishByHand(long id) throws InterruptedException {
        Optional<Claim> claimed = Optional.empty();
        for (int i = 0; i < 50 && claimed.isEmpty(); i++) {
            Thread.sleep(100); // a counted hand-back is claimable after the poll interval
            claimed = queue.claim("test-cleanup", Duration.ofSeconds(30));
        }
        Claim claim = claimed.orElseThrow();
        assertEquals(id, claim.submissionId());
        grading.complete(claim, GradingOutcome.gaveUp(grading.load(id), Verdict.INTERNAL_ERROR, "test cleanup"));
    }

    private void awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (grader.inFlightCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, grader.inFlightCount(), "graders went idle");
    }

    private int jobAttempts(long id) {
        return ((Number) single("SELECT attempts FROM grading_jobs WHERE submission_id = ?1", id)).intValue();
    }

    private String lastFailure(long id) {
        return (String) single("SELECT last_failure FROM grading_jobs WHERE submission_id = ?1", id);
    }

    private String claimedBy(long id) {
        return (String) single("SELECT claimed_by FROM grading_jobs WHERE submission_id = ?1", id);
    }

    private String column(long id, String name) {
        Object value = single("SELECT " + name + " FROM submissions WHERE id = ?1", id);
        return value == null ? null : value.toString();
    }

    private Object single(String sql, long id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).setParameter(1, id).getSingleResult());
    }
}
