package dev.sandcastle.submission;

import static dev.sandcastle.submission.Submissions.awaitDone;
import static dev.sandcastle.submission.Submissions.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attack of issue 14: a solution that loops {@code a % K} times makes the run's statement
 * and CPU totals depend on the hidden inputs. Two submissions that differ only in K do the
 * same work on the public tests and different work on the hidden ones (add-two's hidden
 * arguments are 987654321 and -77123). Everything they report must be the same.
 */
@QuarkusTest
class HiddenTestSideChannelTest {

    @Inject
    EntityManager em;

    private static String probe(int k) {
        return """
                def add(a, b):
                    for _ in range(abs(a) %% %d):
                        pass
                    return a + b
                """.formatted(k);
    }

    private JsonPath checked(int k) {
        long id = submit("side-channel", "add-two", probe(k), "check");
        return awaitDone("side-channel", id).body("verdict", equalTo("ACCEPTED")).extract().jsonPath();
    }

    private long storedStatements(long id) {
        return ((Number) em.createNativeQuery("SELECT statements FROM submissions WHERE id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
    }

    @Test
    void loopingOnAHiddenInputChangesNothingACheckReports() {
        JsonPath a = checked(1000);
        JsonPath b = checked(1001);

        // the channel exists on the server: the exact totals (kept for the fastest board) differ
        assertNotEquals(storedStatements(a.getLong("id")), storedStatements(b.getLong("id")));

        // ...but the answers say the same about every hidden test and about the totals
        for (JsonPath answer : List.of(a, b)) {
            List<Integer> publicStatements = answer.getList("tests.findAll { it.public }.statements", Integer.class);
            assertEquals(publicStatements.stream().mapToLong(Integer::longValue).sum(), answer.getLong("statements"));
            List<Integer> publicCpu = answer.getList("tests.findAll { it.public }.cpuMs", Integer.class);
            assertEquals(publicCpu.stream().mapToLong(Integer::longValue).sum(), answer.getLong("cpuMs"));
            assertEquals(List.of(), answer.getList("tests.findAll { !it.public }.findAll { it.cpuMs != null || it.statements != null || it.actual != null }"));
        }
        assertEquals(a.getLong("statements"), b.getLong("statements"));
        assertEquals(a.getList("tests.findAll { !it.public }"), b.getList("tests.findAll { !it.public }"));
        assertEquals(a.getString("message"), b.getString("message"));
    }
}
