package dev.sandcastle.leaderboard;

import dev.sandcastle.player.Player;
import dev.sandcastle.judge.TestResult;
import dev.sandcastle.sandbox.Verdict;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Test fixture: missions inserted directly, and graded Checks handed to the ScoreKeeper as the grader does. */
@ApplicationScoped
public class Scoring {
    private static final AtomicLong SUBMISSION_IDS = new AtomicLong(1_000_000);

    @Inject
    ScoreKeeper keeper;

    @Inject
    EntityManager em;

    public long mission(String slug, int points) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        INSERT INTO missions (slug, title, difficulty, difficulty_rank, points)
                        VALUES (?1, ?2, 'EASY', 1, ?3) RETURNING id""")
                .setParameter(1, slug).setParameter(2, "Test " + slug).setParameter(3, points)
                .getSingleResult()).longValue());
    }

    public long playerId(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Player.findByName(name).orElseThrow().id);
    }

    public static TestResult test(String category, Verdict verdict) {
        return new TestResult(0, false, category, verdict, 1, 1, null, null, null);
    }

    public static GradedCheck check(long player, long mission, int points, Verdict verdict, List<TestResult> tests,
            int codeLength, long cpuMs, long statements, Instant at) {
        return new GradedCheck(SUBMISSION_IDS.incrementAndGet(), player, mission, points, verdict, tests,
                codeLength, cpuMs, statements, at);
    }

    public static GradedCheck accepted(long player, long mission, int points, Instant at) {
        return check(player, mission, points, Verdict.ACCEPTED, List.of(test("basic", Verdict.ACCEPTED)), 50, 10, 100, at);
    }

    /** Records a Check in a transaction of its own, as the verdict transaction would. */
    public ScoreKeeper.Outcome record(GradedCheck check) {
        return QuarkusTransaction.requiringNew().call(() -> keeper.record(check));
    }

    /** points, solved_count, last_point_at of a player. */
    public Object[] totals(long player) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "SELECT points, solved_count, last_point_at FROM players WHERE id = ?1")
                .setParameter(1, player).getSingleResult());
    }
}
