package dev.sandcastle.player;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Per-player submission limits (test profile: 30 waiting, 60 per minute). A fresh player's
 * history is filled directly in the database, with no grading jobs, so the queue stays as set.
 */
@QuarkusTest
class SubmissionLimitsTest {
    private static final Map<String, String> RUN = Map.of("code", "def add(a, b):\n    return a + b\n", "mode", "run");

    @Inject
    EntityManager em;

    @Inject
    AccountsConfig config;

    private void history(String name, int count, String status, String age) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO submissions (player_id, mission_id, mission_version_id, mode, code, code_length,
                                                 status, created_at)
                        SELECT p.id, m.id, m.current_version_id, 'RUN', 'pass', 4, ?2, now() - CAST(?3 AS interval)
                        FROM players p, missions m, generate_series(1, ?4)
                        WHERE p.name = ?1 AND m.slug = 'add-two'""")
                .setParameter(1, name).setParameter(2, status).setParameter(3, age).setParameter(4, count)
                .executeUpdate());
    }

    @Test
    void aPlayerWithAFullQueueIsToldToRetryLater() {
        TestPlayers.Login login = TestPlayers.register("queue-cap");
        history(login.name(), config.submissions().maxQueued() - 1, "QUEUED", "2 hours");
        login.request().contentType(ContentType.JSON).body(RUN).post("/api/missions/add-two/submissions")
                .then().statusCode(202);
        // the submission just accepted may be graded at once; a queued one that no grader
        // holds fills the queue without racing it
        history(login.name(), 1, "QUEUED", "1 minute");
        login.request().contentType(ContentType.JSON).body(RUN).post("/api/missions/add-two/submissions")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo(String.valueOf(config.submissions().queuedRetryAfterSeconds())))
                .body("detail", containsString("waiting to be graded"));
        // another player is not affected
        TestPlayers.register("queue-free").request().contentType(ContentType.JSON).body(RUN)
                .post("/api/missions/add-two/submissions").then().statusCode(202);
    }

    @Test
    void aPlayerOverTheRateIsToldWhenTheOldestSubmissionLeavesTheWindow() {
        TestPlayers.Login login = TestPlayers.register("rate-cap");
        history(login.name(), config.submissions().maxPerWindow(), "DONE", "20 seconds");
        String retryAfter = login.request().contentType(ContentType.JSON).body(RUN)
                .post("/api/missions/add-two/submissions")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("detail", containsString("submissions per 60 s"))
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 35 && seconds <= 41, "Retry-After " + seconds);
    }

    @Test
    void submissionsOlderThanTheWindowDoNotCount() {
        TestPlayers.Login login = TestPlayers.register("rate-old");
        history(login.name(), config.submissions().maxPerWindow(), "DONE", "61 seconds");
        login.request().contentType(ContentType.JSON).body(RUN).post("/api/missions/add-two/submissions")
                .then().statusCode(202);
    }
}
