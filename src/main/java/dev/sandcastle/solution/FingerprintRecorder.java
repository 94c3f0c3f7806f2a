package dev.sandcastle.solution;

import dev.sandcastle.submission.GradedSubmission;
import dev.sandcastle.submission.Submission;
import dev.sandcastle.submission.SubmissionMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Fingerprints every accepted Check inside its verdict transaction (the score hand-off event),
 * for the admins' list of identical solutions by different players. Tokenising is pure Java
 * and linear in the code, small next to grading the same code (ADR 0061, "Cost").
 */
@ApplicationScoped
public class FingerprintRecorder {

    @Inject
    EntityManager em;

    void onGraded(@Observes GradedSubmission graded) {
        if (graded.mode() != SubmissionMode.CHECK || !graded.verdict().accepted()) {
            return;
        }
        Submission submission = Submission.findById(graded.submissionId());
        if (submission == null) {
            return;
        }
        em.createNativeQuery("""
                        INSERT INTO solution_fingerprints (submission_id, player_id, mission_id, fingerprint)
                        VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING""")
                .setParameter(1, graded.submissionId())
                .setParameter(2, graded.playerId())
                .setParameter(3, graded.missionId())
                .setParameter(4, Fingerprint.of(submission.code))
                .executeUpdate();
    }
}
