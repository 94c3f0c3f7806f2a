package dev.sandcastle.leaderboard;

import dev.sandcastle.submission.GradedSubmission;
import dev.sandcastle.judge.TestResult;
import dev.sandcastle.submission.StoredTestResult;
import dev.sandcastle.submission.Submission;
import dev.sandcastle.submission.SubmissionMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Receives the platform's score hand-off (a synchronous event fired inside the verdict
 * transaction) and scores graded Checks. Runs in that transaction: if scoring fails, the
 * verdict rolls back with it and the job is graded again, so points are never lost or doubled.
 * The one writer of a submission's score.
 */
@ApplicationScoped
public class ScoreHandOff {

    @Inject
    ScoreKeeper keeper;

    void onGraded(@Observes GradedSubmission graded) {
        if (graded.mode() != SubmissionMode.CHECK) {
            return; // Run grades the public examples only and never scores
        }
        List<TestResult> tests = graded.results().stream().map(ScoreHandOff::categoryAndVerdict).toList();
        ScoreKeeper.Outcome outcome = keeper.record(new GradedCheck(graded.submissionId(), graded.playerId(), graded.missionId(),
                graded.missionPoints(), graded.verdict(), tests, graded.codeLength(), graded.cpuMs(),
                graded.statements(), graded.gradedAt()));
        // the submission shows what this Check earned, partial credit included
        int earned = outcome.forfeited() ? 0 : PartialCredit.earned(graded.missionPoints(), graded.verdict(), tests);
        Submission submission = Submission.findById(graded.submissionId());
        if (submission != null) {
            submission.score = earned;
        }
    }

    private static TestResult categoryAndVerdict(StoredTestResult r) {
        return new TestResult(r.index(), r.isPublic(), r.category(), r.verdict(), 0, 0, null, null, null);
    }
}
