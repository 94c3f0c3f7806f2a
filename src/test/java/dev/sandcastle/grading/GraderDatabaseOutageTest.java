package dev.sandcastle.grading;

import dev.sandcastle.submission.GradedSubmission;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.sandcastle.submission.Submissions.awaitDone;
import static dev.sandcastle.submission.Submissions.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PostgreSQL goes away while a grader writes a verdict (found by the chaos run: two such jobs
 * had already lost an attempt to a killed grader and were finished as INTERNAL_ERROR). The
 * outage is not the submission's fault: the job goes back uncounted and gets its real verdict
 * once the database answers. The outage is simulated at the verdict write, where it hurt.
 */
@QuarkusTest
class GraderDatabaseOutageTest {

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
    void resume() {
        grader.resume();
    }

    /** The real service, except that the first {@code failures} verdict writes find the database down. */
    @Vetoed // a test double, not a second GradingService bean (the scope annotation is inherited)
    static final class FlakyDatabase extends GradingService {

        private final GradingService real;
        private final AtomicInteger failuresLeft;
        final AtomicInteger writes = new AtomicInteger();

        FlakyDatabase(GradingService real, int failures) {
            this.real = real;
            this.failuresLeft = new AtomicInteger(failures);
        }

        @Override
        GradingJob load(long submissionId) {
            return real.load(submissionId);
        }

        @Override
        GradedSubmission complete(Claim claim, GradingOutcome outcome) {
            writes.incrementAndGet();
            if (failuresLeft.getAndDecrement() > 0) {
                throw new JDBCConnectionException("Unable to commit against JDBC Connection (test outage)",
                        new SQLException("An I/O error occurred while sending to the backend.", "08006"));
            }
            return real.complete(claim, outcome);
        }
    }

    @Test
    void anOutageAtTheVerdictWriteSpendsNoAttemptAndTheJobIsGradedOnceTheDatabaseIsBack() throws Exception {
        String player = "outage-survivor";
        grader.pause();
        awaitIdle();
        long id = submit(player, "add-two", "def add(a, b):\n    return a + b\n", "check");
        // an earlier grader was killed holding it: one of its two attempts is already spent
        assertEquals(id, queue.claim("killed-with-sigkill", Duration.ofSeconds(30)).orElseThrow().submissionId());
        expireLease(id);

        FlakyDatabase flaky = new FlakyDatabase(ClientProxy.unwrap(grading), 2);
        QuarkusMock.installMockForType(flaky, GradingService.class);
        grader.resume();

        awaitDone(player, id).body("verdict", equalTo("ACCEPTED")).body("score", equalTo(10));
        assertEquals(3, flaky.writes.get(), "two writes failed in the outage, the third stored the verdict");
        assertEquals(2, attemptsOf(id), "the crash counted, the outages did not");
        assertEquals(1, events.count(id), "scored exactly once");
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

    private void awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (grader.inFlightCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, grader.inFlightCount(), "graders went idle");
    }
}
