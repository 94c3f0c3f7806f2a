package dev.sandcastle.solution;

import dev.sandcastle.leaderboard.Scoring;
import dev.sandcastle.player.Player;
import dev.sandcastle.player.TestPlayers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.RepeatedTest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An unlock and accepted Checks of the same player and mission at the same moment: whichever
 * is applied first wins, and the totals agree with it (never points for a mission whose
 * solutions were unlocked before it was solved, never points counted twice).
 */
@QuarkusTest
class UnlockRaceTest {

    @Inject
    Scoring scoring;

    @Inject
    SolutionService solutions;

    @Inject
    EntityManager em;

    @RepeatedTest(3)
    void anUnlockRacingAcceptedChecksLeavesTheScoreEitherSolvedOrForfeitedNeverBoth() throws Exception {
        String slug = "race-" + TestPlayers.uniqueName("m").replaceAll("[^a-z0-9]", "").toLowerCase();
        long mission = scoring.mission(slug, 30);
        String name = TestPlayers.register("racer").name();
        long player = scoring.playerId(name);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Object>> work = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                if (i % 2 == 0) {
                    work.add(() -> QuarkusTransaction.requiringNew()
                            .call(() -> solutions.unlock(Player.<Player>findById(player), slug)));
                } else {
                    Instant at = Instant.parse("2026-03-01T10:00:00Z").plusSeconds(i);
                    work.add(() -> scoring.record(Scoring.accepted(player, mission, 30, at)));
                }
            }
            for (Future<Object> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                        SELECT s.points, s.solved_at IS NOT NULL, s.solutions_unlocked_at IS NOT NULL, p.points, p.solved_count
                        FROM mission_scores s JOIN players p ON p.id = s.player_id
                        WHERE s.player_id = ?1 AND s.mission_id = ?2""")
                .setParameter(1, player).setParameter(2, mission).getSingleResult());
        int points = ((Number) row[0]).intValue();
        boolean solved = (Boolean) row[1];
        boolean unlocked = (Boolean) row[2];
        assertEquals(points, ((Number) row[3]).intValue(), "the player's total is the mission's points");
        if (solved) {
            assertEquals(30, points, "solved first: the points, once");
            assertEquals(1, ((Number) row[4]).intValue());
        } else {
            assertTrue(unlocked, "neither solved nor unlocked");
            assertEquals(0, points, "unlocked first: nothing earned");
            assertEquals(0, ((Number) row[4]).intValue());
        }
    }
}
