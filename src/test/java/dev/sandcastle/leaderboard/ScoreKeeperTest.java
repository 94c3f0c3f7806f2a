package dev.sandcastle.leaderboard;

import static dev.sandcastle.leaderboard.Scoring.accepted;
import static dev.sandcastle.leaderboard.Scoring.check;
import static dev.sandcastle.leaderboard.Scoring.test;
import static dev.sandcastle.sandbox.Verdict.ACCEPTED;
import static dev.sandcastle.sandbox.Verdict.WRONG_ANSWER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sandcastle.database.EmbeddedPostgresTestResource;
import dev.sandcastle.player.TestPlayers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ScoreKeeperTest {

    @Inject
    Scoring scoring;

    @Inject
    EntityManager em;

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private long newPlayer() {
        return scoring.playerId(TestPlayers.register("score").name());
    }

    private long newMission(int points) {
        return scoring.mission(TestPlayers.uniqueName("m").toLowerCase(), points);
    }

    @Test
    void theFirstAcceptedCheckAwardsThePointsAndLaterOnesNothing() {
        long player = newPlayer();
        long mission = newMission(30);
        assertEquals(new ScoreKeeper.Outcome(30, true), scoring.record(accepted(player, mission, 30, T0)));
        assertEquals(new ScoreKeeper.Outcome(0, false), scoring.record(accepted(player, mission, 30, T0.plusSeconds(60))));
        Object[] totals = scoring.totals(player);
        assertEquals(30, ((Number) totals[0]).intValue());
        assertEquals(1, ((Number) totals[1]).intValue());
        assertEquals(T0, LeaderboardService.instant(totals[2]));
    }

    @Test
    void concurrentDuplicateAcceptedChecksScoreExactlyOnce() throws Exception {
        long player = newPlayer();
        long mission = newMission(40);
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ScoreKeeper.Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Instant at = T0.plusMillis(i);
                Callable<ScoreKeeper.Outcome> task = () -> {
                    start.await();
                    return scoring.record(accepted(player, mission, 40, at));
                };
                outcomes.add(pool.submit(task));
            }
            int gained = 0;
            int solved = 0;
            for (Future<ScoreKeeper.Outcome> outcome : outcomes) {
                gained += outcome.get().pointsGained();
                solved += outcome.get().newlySolved() ? 1 : 0;
            }
            assertEquals(40, gained);
            assertEquals(1, solved);
        } finally {
            pool.shutdownNow();
        }
        Object[] totals = scoring.totals(player);
        assertEquals(40, ((Number) totals[0]).intValue());
        assertEquals(1, ((Number) totals[1]).intValue());
    }

    @Test
    void concurrentSolversOfOneMissionGetDistinctConsecutiveSolveRanks() throws Exception {
        long mission = newMission(10);
        int threads = 6;
        List<Long> players = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            players.add(newPlayer());
        }
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ScoreKeeper.Outcome>> outcomes = new ArrayList<>();
            for (long player : players) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return scoring.record(accepted(player, mission, 10, T0));
                }));
            }
            for (Future<ScoreKeeper.Outcome> outcome : outcomes) {
                assertEquals(new ScoreKeeper.Outcome(10, true), outcome.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<?> ranks = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT solve_rank FROM mission_scores WHERE mission_id = ?1 ORDER BY solve_rank")
                .setParameter(1, mission).getResultList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), ranks.stream().map(r -> ((Number) r).intValue()).toList());
        Number solvers = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "SELECT solvers FROM mission_solvers WHERE mission_id = ?1").setParameter(1, mission).getSingleResult());
        assertEquals(6, solvers.intValue());
    }

    @Test
    void partialCreditKeepsTheBestCheckAndAcceptanceCompletesIt() {
        long player = newPlayer();
        long mission = newMission(30);
        var basicOnly = List.of(test("basic", ACCEPTED), test("edge", WRONG_ANSWER), test("big", WRONG_ANSWER));
        var basicAndEdge = List.of(test("basic", ACCEPTED), test("edge", ACCEPTED), test("big", WRONG_ANSWER));
        assertEquals(10, scoring.record(check(player, mission, 30, WRONG_ANSWER, basicOnly, 9, 1, 1, T0)).pointsGained());
        assertEquals(10, scoring.record(check(player, mission, 30, WRONG_ANSWER, basicAndEdge, 9, 1, 1, T0.plusSeconds(1))).pointsGained());
        // a worse Check later takes nothing away
        assertEquals(0, scoring.record(check(player, mission, 30, WRONG_ANSWER, basicOnly, 9, 1, 1, T0.plusSeconds(2))).pointsGained());
        assertEquals(20, ((Number) scoring.totals(player)[0]).intValue());
        assertEquals(0, ((Number) scoring.totals(player)[1]).intValue());
        assertEquals(new ScoreKeeper.Outcome(10, true), scoring.record(accepted(player, mission, 30, T0.plusSeconds(3))));
        Object[] totals = scoring.totals(player);
        assertEquals(30, ((Number) totals[0]).intValue());
        assertEquals(1, ((Number) totals[1]).intValue());
        assertEquals(T0.plusSeconds(3), LeaderboardService.instant(totals[2]));
    }

    @Test
    void aFailedCheckWithoutCategoriesChangesNothing() {
        long player = newPlayer();
        long mission = newMission(10);
        var tests = List.of(test("basic", ACCEPTED), test("basic", WRONG_ANSWER));
        assertEquals(new ScoreKeeper.Outcome(0, false),
                scoring.record(check(player, mission, 10, WRONG_ANSWER, tests, 9, 1, 1, T0)));
        Object[] totals = scoring.totals(player);
        assertEquals(0, ((Number) totals[0]).intValue());
        assertNull(totals[2]);
    }

    @Test
    void theShortestAndFastestAcceptedSolutionsAreKeptWithWhenTheyWereReached() {
        long player = newPlayer();
        long mission = newMission(10);
        var ok = List.of(test("basic", ACCEPTED));
        scoring.record(check(player, mission, 10, ACCEPTED, ok, 80, 30, 500, T0));
        scoring.record(check(player, mission, 10, ACCEPTED, ok, 60, 50, 500, T0.plusSeconds(1)));  // shorter; same statements, slower
        scoring.record(check(player, mission, 10, ACCEPTED, ok, 60, 5, 700, T0.plusSeconds(2)));   // same length: not newer
        scoring.record(check(player, mission, 10, ACCEPTED, ok, 90, 40, 400, T0.plusSeconds(3)));  // fewer statements wins over cpu
        scoring.record(check(player, mission, 10, WRONG_ANSWER, ok, 1, 1, 1, T0.plusSeconds(4)));  // not accepted: ignored
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                        SELECT best_code_length, best_code_at, best_statements, best_cpu_ms, best_speed_at, solved_at, points
                        FROM mission_scores WHERE player_id = ?1 AND mission_id = ?2""")
                .setParameter(1, player).setParameter(2, mission).getSingleResult());
        assertEquals(60, ((Number) row[0]).intValue());
        assertEquals(T0.plusSeconds(1), LeaderboardService.instant(row[1]));
        assertEquals(400L, ((Number) row[2]).longValue());
        assertEquals(40L, ((Number) row[3]).longValue());
        assertEquals(T0.plusSeconds(3), LeaderboardService.instant(row[4]));
        assertEquals(T0, LeaderboardService.instant(row[5]));
        assertEquals(10, ((Number) row[6]).intValue());
    }

    @Test
    void aMeasuredSolutionBeatsAnUnmeasuredOneWhichIsStoredAsNull() {
        long player = newPlayer();
        long mission = newMission(10);
        var ok = List.of(test("basic", ACCEPTED));
        scoring.record(check(player, mission, 10, ACCEPTED, ok, 80, 30, -1, T0));                  // not measured
        assertArrayEquals(new Object[] {null, 30L}, fastest(player, mission));
        scoring.record(check(player, mission, 10, ACCEPTED, ok, 80, 20, -1, T0.plusSeconds(1)));   // unmeasured, faster
        assertArrayEquals(new Object[] {null, 20L}, fastest(player, mission));
        scoring.record(check(player, mission, 10, ACCEPTED, ok, 80, 90, 5000, T0.plusSeconds(2))); // measured wins
        assertArrayEquals(new Object[] {5000L, 90L}, fastest(player, mission));
        scoring.record(check(player, mission, 10, ACCEPTED, ok, 80, 1, -1, T0.plusSeconds(3)));    // never beats measured
        assertArrayEquals(new Object[] {5000L, 90L}, fastest(player, mission));
    }

    private Object[] fastest(long player, long mission) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "SELECT best_statements, best_cpu_ms FROM mission_scores WHERE player_id = ?1 AND mission_id = ?2")
                .setParameter(1, player).setParameter(2, mission).getSingleResult());
        return new Object[] {row[0] == null ? null : ((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    @Test
    void pointsOfSeveralMissionsAddUpAndTheLastPointTimeMoves() {
        long player = newPlayer();
        long a = newMission(10);
        long b = newMission(25);
        scoring.record(accepted(player, a, 10, T0));
        scoring.record(accepted(player, b, 25, T0.plus(1, ChronoUnit.HOURS)));
        Object[] totals = scoring.totals(player);
        assertEquals(35, ((Number) totals[0]).intValue());
        assertEquals(2, ((Number) totals[1]).intValue());
        assertEquals(T0.plus(1, ChronoUnit.HOURS), LeaderboardService.instant(totals[2]));
    }
}
