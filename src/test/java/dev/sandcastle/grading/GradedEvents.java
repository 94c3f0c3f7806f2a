package dev.sandcastle.grading;

import dev.sandcastle.submission.GradedSubmission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts the score hand-off events per submission, to prove each is fired exactly once. */
@ApplicationScoped
public class GradedEvents {

    private final Map<Long, Integer> counts = new ConcurrentHashMap<>();

    void onGraded(@Observes GradedSubmission event) {
        counts.merge(event.submissionId(), 1, Integer::sum);
    }

    public int count(long submissionId) {
        return counts.getOrDefault(submissionId, 0);
    }
}
