package dev.sandcastle.grading;

import dev.sandcastle.player.TestPlayers;
import dev.sandcastle.sandbox.Verdict;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.sandcastle.submission.Submissions.awaitDone;
import static dev.sandcastle.submission.Submissions.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fair claims between players (ADR 0057): a player's recent grading cost orders the queue. */
@QuarkusTest
class FairQueueTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final String ADD = "def add(a, b):\n    return a + b\n";

    @Inject
    Grader grader;

    @Inject
    JobQueue queue;

    @Inject
    GradingService grading;

    @Inject
    FairnessConfig fairness;

    @Inject
    EntityManager em;

    @AfterEach
    void resumeGrading() {
        grader.resume();
    }

    @Test
    void aFloodingPlayersOlderJobsWaitBehindAnotherPlayersFirstJob() {
        grader.pause();
        awaitIdle();
        List<Long> flood = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            flood.add(submit("flooder", "add-two", ADD, "check"));
        }
        // the flooder's first job ends over a limit: charged its worker time plus the penalty
        Claim first = queue.claim("fair-grader", LEASE).orElseThrow();
        assertEquals(flood.get(0), first.submissionId());
        grading.complete(first, GradingOutcome.gaveUp(grading.load(first.submissionId()), Verdict.TIME_LIMIT_EXCEEDED, "test"));
        assertTrue(costOf("flooder") >= fairness.limitPenalty().toMillis() / 1000.0 - 0.1, "charged: " + costOf("flooder"));

        long newcomer = submit("newcomer", "add-two", ADD, "check");
        Claim next = queue.claim("fair-grader", LEASE).orElseThrow();
        assertEquals(newcomer, next.submissionId(), "the newcomer's first job goes before the flooder's older ones");
        assertTrue(next.playerCost() < 1, "the newcomer costs nothing yet: " + next.playerCost());
        assertTrue(queue.release(next, null, Duration.ZERO, false));
        grader.resume();
        awaitDone("newcomer", newcomer).body("verdict", equalTo("ACCEPTED"));
        awaitDone("flooder", flood.get(2)).body("verdict", equalTo("ACCEPTED"));
    }

    @Test
    void amongPlayersWhoCostNothingYetThePlayerAskingForLessGoesFirst() {
        grader.pause();
        awaitIdle();
        List<Long> flood = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            flood.add(submit("eager", "add-two", ADD, "check"));
        }
        long single = submit("patient", "add-two", ADD, "check");
        Claim next = queue.claim("fair-grader", LEASE).orElseThrow();
        assertEquals(single, next.submissionId(), "one job waiting goes before three older ones of another player");
        assertTrue(queue.release(next, null, Duration.ZERO, false));
        grader.resume();
        awaitDone("patient", single).body("verdict", equalTo("ACCEPTED"));
        awaitDone("eager", flood.get(2)).body("verdict", equalTo("ACCEPTED"));
    }

    @Test
    void aLoopReservedForCheapPlayersLeavesTheJobsOfAnAccountNeverGradedToTheOthers() {
        grader.pause();
        awaitIdle();
        submit("regular", "add-two", ADD, "check");
        Claim claim = queue.claim("fair-grader", LEASE).orElseThrow();
        grading.complete(claim, GradingOutcome.gaveUp(grading.load(claim.submissionId()), Verdict.WRONG_ANSWER, "test"));
        long fresh = submit("fresh-account", "add-two", ADD, "check");
        long fresh2 = submit("fresh-account", "add-two", ADD, "check");
        long again = submit("regular", "add-two", ADD, "check");

        Claim reserved = queue.claim("reserved-loop", LEASE, fairness.expensiveCost()).orElseThrow();
        assertEquals(again, reserved.submissionId(),
                "the reserved loop takes the regular's job, not the older ones of an account never graded");
        assertTrue(queue.claim("reserved-loop-2", LEASE, fairness.expensiveCost()).isEmpty(),
                "nor the unknown account's jobs when they are all that is left");
        Claim open = queue.claim("open-loop", LEASE).orElseThrow();
        assertEquals(fresh, open.submissionId(), "an open loop takes them");
        assertTrue(reserved.reservable(), "the regular's job counts as a reserved loop's");
        assertFalse(open.reservable(), "the unknown account's job holds the open loop's place, though it costs nothing yet");
        assertTrue(queue.release(reserved, null, Duration.ZERO, false));
        assertTrue(queue.release(open, null, Duration.ZERO, false));
        grader.resume();
        awaitDone("fresh-account", fresh2).body("verdict", equalTo("ACCEPTED"));
        awaitDone("regular", again).body("verdict", equalTo("ACCEPTED"));
    }

    @Test
    void aLoopReservedForCheapPlayersLeavesAnExpensivePlayersJobToTheOthers() {
        grader.pause();
        awaitIdle();
        for (int i = 0; i < 3; i++) {
            submit("expensive", "add-two", ADD, "check");
            Claim claim = queue.claim("fair-grader", LEASE).orElseThrow();
            grading.complete(claim, GradingOutcome.gaveUp(grading.load(claim.submissionId()), Verdict.MEMORY_LIMIT_EXCEEDED, "test"));
        }
        assertTrue(costOf("expensive") >= fairness.expensiveCost(), "cost " + costOf("expensive"));
        long waiting = submit("expensive", "add-two", ADD, "check");

        Optional<Claim> reserved = queue.claim("reserved-loop", LEASE, fairness.expensiveCost());
        assertTrue(reserved.isEmpty(), "a reserved loop does not take an expensive player's job");
        Claim open = queue.claim("open-loop", LEASE).orElseThrow();
        assertEquals(waiting, open.submissionId());
        assertTrue(open.playerCost() >= fairness.expensiveCost());
        assertTrue(queue.release(open, null, Duration.ZERO, false));
        grader.resume();
        awaitDone("expensive", waiting).body("verdict", equalTo("ACCEPTED"));
    }

    private double costOf(String player) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        SELECT coalesce(max(c.cost), 0) FROM player_grading_costs c
                          JOIN players p ON p.id = c.player_id WHERE p.name = ?1""")
                .setParameter(1, TestPlayers.as(player).name()).getSingleResult()).doubleValue());
    }

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
    }
}
