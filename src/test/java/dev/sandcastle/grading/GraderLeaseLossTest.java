package dev.sandcastle.grading;

import dev.sandcastle.sandbox.Sandbox;
import dev.sandcastle.sandbox.Verdict;
import dev.sandcastle.sandbox.worker.WorkerSandbox;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import static dev.sandcastle.submission.Submissions.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A network cut between a grader and a live PostgreSQL: every database call of the grader
 * hangs (as over a black-holed connection) while the database itself, and the other graders,
 * carry on. Before, the cut-off grader kept grading while its lease ran out and another grader
 * took the job: one job graded in two places, and the attempt counted as a crash. Now the
 * grader stops grading the job (its worker is killed) before the lease runs out by its own
 * clock and writes nothing. The cut is simulated in the grader's queue (a {@code JobQueue}
 * whose calls block while cut); leases are 1 s here so the test is quick.
 */
@QuarkusTest
@TestProfile(GraderLeaseLossTest.ShortLease.class)
class GraderLeaseLossTest {

    private static final String BUSY_LOOP = "def add(a, b):\n    while True:\n        pass\n";

    public static final class ShortLease implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // this profile starts its own application, whose start-up grades the test missions'
            // references in one transaction: on a loaded 2-core machine that took over the 60 s default
            return Map.of("sandcastle.grader.lease", "1s", "quarkus.transaction-manager.default-transaction-timeout", "300s");
        }
    }

    /** The grader's view of the queue during a network cut: its calls hang until the network heals. */
    @Vetoed
    static final class CutOffQueue extends JobQueue {

        private final JobQueue real;
        private volatile CountDownLatch network = new CountDownLatch(0);

        CutOffQueue(JobQueue real) {
            this.real = real;
        }

        void cut() {
            network = new CountDownLatch(1);
        }

        void heal() {
            network.countDown();
        }

        /** True if the call had to wait for the network. */
        private boolean waitForNetwork() {
            CountDownLatch latch = network;
            if (latch.getCount() == 0) {
                return false;
            }
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during the network cut", e);
            }
            return true;
        }

        @Override
        public void enqueue(long submissionId) {
            real.enqueue(submissionId); // the API's call, not the grader's
        }

        @Override
        public Optional<Claim> claim(String graderId, Duration lease) {
            // a claim sent into the cut fails (its connection broke) rather than claiming late
            return waitForNetwork() ? Optional.empty() : real.claim(graderId, lease);
        }

        @Override
        public Optional<Claim> claim(String graderId, Duration lease, double maxCost) {
            return waitForNetwork() ? Optional.empty() : real.claim(graderId, lease, maxCost);
        }

        @Override
        public void finish(Claim claim, double cost) {
            waitForNetwork();
            real.finish(claim, cost);
        }

        @Override
        public long playersCostingAtLeast(double cost) {
            return real.playersCostingAtLeast(cost); // a metrics read, not the grader's
        }

        @Override
        public boolean renew(Claim claim, Duration lease) {
            waitForNetwork();
            return real.renew(claim, lease);
        }

        @Override
        public boolean release(Claim claim, String failure, Duration delay, boolean countAttempt) {
            waitForNetwork();
            return real.release(claim, failure, delay, countAttempt);
        }

        @Override
        public void finish(Claim claim) {
            waitForNetwork();
            real.finish(claim);
        }

        @Override
        public long depth() {
            return real.depth();
        }

        @Override
        public int expireClaimsOfDeadProcesses(String host, long ownPid) {
            return real.expireClaimsOfDeadProcesses(host, ownPid);
        }
    }

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

    private JobQueue real;
    private CutOffQueue cutOff;

    @BeforeEach
    void installCuttableNetwork() {
        real = ClientProxy.unwrap(queue);
        cutOff = new CutOffQueue(real);
        QuarkusMock.installMockForType(cutOff, JobQueue.class);
    }

    @AfterEach
    void heal() {
        cutOff.heal();
        grader.resume();
    }

    @Test
    void aGraderCutOffFromTheDatabaseStopsGradingBeforeItsLeaseRunsOutAndAnotherGraderTakesTheJobOnce() throws Exception {
        long id = submit("cut-off-takeover", "add-two", BUSY_LOOP, "check");
        long worker = awaitGuestRunning(id);

        cutOff.cut();
        long leftMs = awaitWorkerGone(worker, id);
        assertTrue(leftMs > -250, "the grader stopped grading " + -leftMs + " ms after its lease ran out in the database");

        // another grader takes the job once the lease has run out (the cut-off one is paused so it
        // does not claim again after the cut)
        grader.pause();
        Claim other = awaitClaim("other-grader");
        assertEquals(id, other.submissionId());
        cutOff.heal();
        Thread.sleep(1_500); // the cut-off grader's late renewal and hand-back reach the database now

        assertEquals("other-grader", single("SELECT claimed_by FROM grading_jobs WHERE submission_id = ?1", id));
        assertNull(single("SELECT verdict FROM submissions WHERE id = ?1", id), "the cut-off grader wrote nothing");
        grading.complete(other, GradingOutcome.gaveUp(grading.load(id), Verdict.INTERNAL_ERROR, "graded by the other grader"));
        assertEquals(1, events.count(id), "one verdict, one score hand-off");
    }

    @Test
    void aCutThatHealsBeforeAnyoneTakesTheJobOverHandsItBackUncounted() throws Exception {
        long id = submit("cut-off-heal", "add-two", BUSY_LOOP, "check");
        long worker = awaitGuestRunning(id);

        cutOff.cut();
        awaitWorkerGone(worker, id);
        grader.pause(); // keep the hand-back in the queue to look at it
        cutOff.heal();
        awaitQueued(id);

        assertEquals(0, ((Number) single("SELECT attempts FROM grading_jobs WHERE submission_id = ?1", id)).intValue(),
                "losing the database is not the submission's fault");
        assertNull(single("SELECT verdict FROM submissions WHERE id = ?1", id));
        assertEquals(0, events.count(id));
        Claim cleanup = awaitClaim("test-cleanup");
        grading.complete(cleanup, GradingOutcome.gaveUp(grading.load(id), Verdict.INTERNAL_ERROR, "test cleanup"));
    }

    /** Waits until a player worker's guest burns CPU on the submission; returns that worker's pid. */
    private long awaitGuestRunning(long id) throws InterruptedException {
        WorkerSandbox workers = (WorkerSandbox) ClientProxy.unwrap(sandbox);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(20);
            if ("RUNNING".equals(String.valueOf(single("SELECT status FROM submissions WHERE id = ?1", id)))) {
                for (long pid : workers.workerPids()) {
                    if (guestCpuMs(pid) >= 100) {
                        return pid;
                    }
                }
            }
        }
        throw new AssertionError("no worker started on submission " + id);
    }

    /**
     * Waits for the worker to die; returns how long the job's lease still had to run in the
     * database at that moment, in ms (negative: it had already run out).
     */
    private long awaitWorkerGone(long pid, long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                fail("the cut-off grader kept grading: worker " + pid + " still runs 10 s after the cut");
            }
            Thread.sleep(10);
        }
        Object left = single("SELECT (extract(epoch FROM lease_until - clock_timestamp()) * 1000)::bigint"
                + " FROM grading_jobs WHERE submission_id = ?1", id);
        return left == null ? Long.MIN_VALUE : ((Number) left).longValue();
    }

    private Claim awaitClaim(String graderId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Claim> claim = real.claim(graderId, Duration.ofSeconds(30));
            if (claim.isPresent()) {
                return claim.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError(graderId + " could not claim the job");
    }

    private void awaitQueued(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if ("QUEUED".equals(String.valueOf(single("SELECT status FROM submissions WHERE id = ?1", id)))
                    && single("SELECT claimed_by FROM grading_jobs WHERE submission_id = ?1", id) == null) {
                return;
            }
            Thread.sleep(50);
        }
        fail("submission " + id + " was not handed back");
    }

    /** CPU time of the worker's guest thread, from /proc; 0 when there is none. */
    private static long guestCpuMs(long pid) {
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            long ticks = 0;
            for (Path task : tasks.toList()) {
                if (Files.readString(task.resolve("comm")).startsWith("sandcastle-gues")) {
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
            return ticks * 10;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private Object single(String sql, long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            java.util.List<?> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
            return rows.isEmpty() ? null : rows.getFirst(); // a row's value may be null
        });
    }
}
