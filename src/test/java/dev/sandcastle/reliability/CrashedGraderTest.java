package dev.sandcastle.reliability;

import dev.sandcastle.grading.Claim;
import dev.sandcastle.grading.Grader;
import dev.sandcastle.grading.JobQueue;
import dev.sandcastle.player.TestPlayers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import static dev.sandcastle.submission.Submissions.awaitDone;
import static dev.sandcastle.submission.Submissions.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fast, in-process half of the crash-safety promise (the chaos run does it with kill -9):
 * a grader that dies holding a job loses nothing, the job is graded again once its lease expires,
 * its stale claim cannot be renewed, and the points are awarded exactly once.
 */
@QuarkusTest
class CrashedGraderTest {

    @Inject
    Grader grader;

    @Inject
    JobQueue queue;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void resume() {
        grader.resume();
    }

    @Test
    void aJobHeldByADeadGraderIsRegradedAndScoredExactlyOnce() throws Exception {
        String alias = "crash-survivor";
        String name = TestPlayers.as(alias).name();
        grader.pause();
        awaitIdle();
        long id = submit(alias, "add-two", "def add(a, b):\n    return a + b\n", "check");
        Claim dead = queue.claim("killed-with-sigkill", Duration.ofSeconds(30)).orElseThrow();
        assertEquals(id, dead.submissionId());
        assertEquals("RUNNING", status(id));
        update("UPDATE grading_jobs SET lease_until = now() - interval '1 second' WHERE submission_id = ?", id);

        grader.resume();
        awaitDone(alias, id).body("verdict", equalTo("ACCEPTED")).body("score", equalTo(10));
        assertEquals(false, queue.renew(dead, Duration.ofSeconds(30)), "the dead grader's claim is void");

        long again = submit(alias, "add-two", "def add(a, b):\n    return b + a\n", "check");
        awaitDone(alias, again).body("verdict", equalTo("ACCEPTED"));
        assertEquals(10, points(name), "points of one mission awarded once, whatever the crashes and re-submissions");
        assertEquals(0, count("SELECT count(*) FROM grading_jobs WHERE submission_id IN (?, ?)", id, again));
        assertEquals("DONE", status(id));
    }

    private void awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (grader.inFlightCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, grader.inFlightCount(), "graders went idle");
    }

    private String status(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT status FROM submissions WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private long points(String player) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT points FROM players WHERE name = ?")) {
            s.setString(1, player);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long count(String query, long... ids) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            for (int i = 0; i < ids.length; i++) {
                s.setLong(i + 1, ids[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void update(String query, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }
}
