package dev.sandcastle.grading;

import dev.sandcastle.sandbox.Verdict;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.sandcastle.submission.Submissions.awaitDone;
import static dev.sandcastle.submission.Submissions.submit;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PostgreSQL queue under contention, crashes and stale graders. */
@QuarkusTest
class GradingQueueTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    @Inject
    Grader grader;

    @Inject
    JobQueue queue;

    @Inject
    GradingService grading;

    @Inject
    GradedEvents events;

    @Inject
    EntityManager em;

    @AfterEach
    void resumeGrading() {
        grader.resume();
    }

    @Test
    void twoGradersNeverClaimTheSameSubmission() throws Exception {
        grader.pause();
        awaitIdle();
        List<Long> submitted = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            submitted.add(submit("crowd", "add-two", "def add(a, b):\n    return a + b\n", "run"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Claim>>> claimers = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            String graderId = "contender-" + g;
            Callable<List<Claim>> claimAll = () -> {
                List<Claim> mine = new ArrayList<>();
                for (Optional<Claim> c = queue.claim(graderId, LEASE); c.isPresent(); c = queue.claim(graderId, LEASE)) {
                    mine.add(c.get());
                }
                return mine;
            };
            claimers.add(pool.submit(claimAll));
        }
        List<Long> claimed = new ArrayList<>();
        for (Future<List<Claim>> claimer : claimers) {
            for (Claim claim : claimer.get()) {
                claimed.add(claim.submissionId());
                // finish each so the real graders do not pick them up again
                grading.complete(claim, GradingOutcome.gaveUp(grading.load(claim.submissionId()), Verdict.INTERNAL_ERROR, "test"));
            }
        }
        pool.shutdown();
        Set<Long> unique = new HashSet<>(claimed);
        assertEquals(claimed.size(), unique.size(), "a submission was claimed twice: " + claimed);
        assertEquals(new HashSet<>(submitted), unique);
        for (long id : submitted) {
            assertEquals(1, events.count(id));
        }
    }

    @Test
    void anExpiredLeaseIsClaimedAgainAndTheStaleGraderCannotOverwriteTheVerdict() {
        grader.pause();
        awaitIdle();
        long id = submit("phoenix", "add-two", "def add(a, b):\n    return a + b\n", "check");
        Claim stale = queue.claim("doomed-grader", LEASE).orElseThrow();
        assertEquals(id, stale.submissionId());
        expireLease(id);
        grader.resume();
        awaitDone("phoenix", id).body("verdict", equalTo("ACCEPTED")).body("score", equalTo(10));
        assertEquals(2, attemptsOf(id));
        assertFalse(queue.renew(stale, LEASE), "the stale claim cannot renew");
        GradingOutcome overwrite = GradingOutcome.gaveUp(loadQuietly(id), Verdict.INTERNAL_ERROR, "stale");
        assertThrows(LostClaimException.class, () -> grading.complete(stale, overwrite));
        awaitDone("phoenix", id).body("verdict", equalTo("ACCEPTED"));
        assertEquals(1, events.count(id), "the score hand-off fired exactly once");
    }

    @Test
    void aSubmissionThatCrashesItsGraderTwiceIsFinishedWithAVerdict() {
        grader.pause();
        awaitIdle();
        long id = submit("poison", "add-two", "def add(a, b):\n    return a + b\n", "check");
        for (String dead : List.of("crashed-grader-1", "crashed-grader-2")) {
            Claim claim = queue.claim(dead, LEASE).orElseThrow();
            assertEquals(id, claim.submissionId());
            expireLease(id);
        }
        grader.resume();
        awaitDone("poison", id)
                .body("verdict", equalTo("INTERNAL_ERROR"))
                .body("message", containsString("2 times"))
                .body("score", equalTo(0))
                .body("tests", empty());
        assertEquals(3, attemptsOf(id));
        assertEquals(1, events.count(id));
    }

    @Test
    void aJobHandedBackAtShutdownDoesNotCountAsAnAttempt() {
        grader.pause();
        awaitIdle();
        long id = submit("patient", "half-of", "def half(x):\n    return x / 2\n", "run");
        Claim claim = queue.claim("stopping-grader", LEASE).orElseThrow();
        assertTrue(queue.release(claim, null, Duration.ZERO, false));
        assertFalse(queue.release(claim, null, Duration.ZERO, false), "a claim can be handed back once");
        Claim again = queue.claim("next-grader", LEASE).orElseThrow();
        assertEquals(id, again.submissionId());
        assertEquals(1, again.attempts());
        assertTrue(queue.release(again, null, Duration.ZERO, false));
        grader.resume();
        awaitDone("patient", id).body("verdict", equalTo("ACCEPTED"));
    }

    @Test
    void aLeaseThatRanOutWhileTheDatabaseWasDownGivesItsHolderOneLeaseAfterTheRestart() {
        grader.pause();
        awaitIdle();
        long id = submit("outlasted", "add-two", "def add(a, b):\n    return a + b\n", "check");
        Claim holder = queue.claim("alive-through-the-outage", LEASE).orElseThrow();
        assertEquals(id, holder.submissionId());
        // the lease ran out while PostgreSQL was down: before the server's (re)start
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE grading_jobs SET lease_until = pg_postmaster_start_time() - interval '1 second' WHERE submission_id = ?1")
                .setParameter(1, id).executeUpdate());
        Optional<Claim> taker = queue.claim("another-grader", Duration.ofHours(1));
        taker.ifPresent(other -> assertTrue(other.submissionId() != id, "taken over within a lease of the restart"));
        taker.ifPresent(other -> queue.release(other, null, Duration.ZERO, false));
        assertTrue(queue.renew(holder, LEASE), "the live holder renews once the database is back");
        assertTrue(queue.release(holder, null, Duration.ZERO, false));
        Claim again = queue.claim("next-grader", LEASE).orElseThrow();
        assertEquals(1, again.attempts(), "the outage spent no attempt");

        // a holder that never comes back: one lease after the restart the job is taken over (a crash)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE grading_jobs SET lease_until = pg_postmaster_start_time() - interval '1 second' WHERE submission_id = ?1")
                .setParameter(1, id).executeUpdate());
        Claim takeover = queue.claim("after-the-grace", Duration.ofMillis(1)).orElseThrow();
        assertEquals(id, takeover.submissionId());
        assertEquals(2, takeover.attempts());
        assertTrue(queue.release(takeover, null, Duration.ZERO, false));
        grader.resume();
        awaitDone("outlasted", id).body("verdict", equalTo("ACCEPTED"));
    }

    @Test
    void theQueueDepthCountsWaitingJobs() {
        grader.pause();
        awaitIdle();
        long before = queue.depth();
        long id = submit("counter", "half-of", "def half(x):\n    return x / 2\n", "run");
        assertEquals(before + 1, queue.depth());
        grader.resume();
        awaitDone("counter", id);
        assertEquals(before, queue.depth());
    }

    private void expireLease(long id) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE grading_jobs SET lease_until = now() - interval '1 second' WHERE submission_id = ?1")
                .setParameter(1, id).executeUpdate());
    }

    private int attemptsOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT attempts FROM submissions WHERE id = ?1").setParameter(1, id).getSingleResult()).intValue());
    }

    private GradingJob loadQuietly(long id) {
        return grading.load(id);
    }

    /** Waits until the real graders have nothing in flight (they may still finish an earlier job). */
    private void awaitIdle() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (grader.inFlightCount() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat("graders went idle", grader.inFlightCount(), equalTo(0));
    }
}
