package dev.sandcastle.solution;

import dev.sandcastle.player.TestPlayers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class FingerprintBackfillTest {

    static final String CODE = "def add(a, b):\n    return a + b  # backfilled\n";

    @Inject
    EntityManager em;

    @Inject
    FingerprintBackfill backfill;

    @Test
    void anAcceptedCheckWithoutAFingerprintGetsOneFromTheBackfill() {
        long id = Checks.accepted(TestPlayers.register("old-timer"), "add-two", CODE);
        assertEquals(List.of(Fingerprint.of(CODE)), fingerprints(id), "recorded in the verdict transaction");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM solution_fingerprints WHERE submission_id = ?1").setParameter(1, id).executeUpdate());
        assertEquals(List.of(), fingerprints(id));
        backfill.run();
        assertEquals(List.of(Fingerprint.of(CODE)), fingerprints(id));
    }

    @SuppressWarnings("unchecked")
    private List<String> fingerprints(long submissionId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT fingerprint FROM solution_fingerprints WHERE submission_id = ?1")
                .setParameter(1, submissionId).getResultList());
    }
}
