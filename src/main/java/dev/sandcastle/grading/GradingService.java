package dev.sandcastle.grading;

import dev.sandcastle.submission.GradedSubmission;
import dev.sandcastle.mission.MissionTest;
import dev.sandcastle.mission.MissionVersion;
import dev.sandcastle.mission.ServerLimits;
import dev.sandcastle.judge.GradeRequest;
import dev.sandcastle.judge.TestCase;
import dev.sandcastle.sandbox.Verdict;
import dev.sandcastle.submission.Submission;
import dev.sandcastle.submission.SubmissionMode;
import dev.sandcastle.submission.SubmissionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads a claimed submission into a grading job, and writes its outcome exactly once. */
@ApplicationScoped
public class GradingService {

    /** Verdicts that add the limit penalty to the player's grading cost (ADR 0057). */
    static final Set<Verdict> LIMIT_VERDICTS = EnumSet.of(Verdict.TIME_LIMIT_EXCEEDED,
            Verdict.MEMORY_LIMIT_EXCEEDED, Verdict.OUTPUT_LIMIT_EXCEEDED);

    @Inject
    ServerLimits limits;

    @Inject
    JobQueue queue;

    @Inject
    Event<GradedSubmission> graded;

    @Inject
    FairnessConfig fairness;

    /**
     * What a grading cost the platform, charged to its player (ADR 0057): the guest's CPU
     * seconds (the worker time it used; unlike wall time, not inflated by a busy host or by
     * waiting for a worker) plus the limit penalty for a time, memory or output limit verdict,
     * which stands for what the CPU meter does not see (collections after a bomb, a killed JVM).
     */
    double costOf(GradingOutcome outcome) {
        double penalty = LIMIT_VERDICTS.contains(outcome.verdict()) ? fairness.limitPenalty().toMillis() / 1000.0 : 0;
        return Math.max(0, outcome.cpuMs()) / 1000.0 + penalty;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    GradingJob load(long submissionId) {
        Submission submission = Submission.findById(submissionId);
        MissionVersion version = submission.missionVersion;
        List<MissionTest> all = version.tests();
        List<TestCase> tests = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            MissionTest test = all.get(i);
            if (submission.mode == SubmissionMode.CHECK || test.isPublic()) {
                tests.add(test.toTestCase());
                indexes.add(i);
            }
        }
        GradeRequest request = new GradeRequest(submission.code, version.entryPoint, tests, version.checker(),
                limits.resolve(version.limitOverrides()), version.policy());
        return new GradingJob(submission.id, submission.mode, request, indexes, version.points, submission.createdAt);
    }

    /**
     * In one transaction: removes the job (guarded by the claim, so a stale grader fails here
     * and writes nothing), stores verdict and results, and fires the score hand-off.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    GradedSubmission complete(Claim claim, GradingOutcome outcome) {
        queue.finish(claim, costOf(outcome));
        Submission submission = Submission.findById(claim.submissionId());
        submission.status = SubmissionStatus.DONE;
        submission.verdict = outcome.verdict();
        submission.message = outcome.message();
        submission.cpuMs = outcome.cpuMs();
        submission.statements = GradingOutcome.measured(outcome.statements());
        submission.storeResults(outcome.results());
        submission.gradedAt = Instant.now();
        GradedSubmission event = new GradedSubmission(submission.id, submission.player.id, submission.mission.id,
                submission.mission.slug, submission.missionVersion.id, submission.missionVersion.points,
                submission.mode, submission.verdict, submission.codeLength, outcome.cpuMs(),
                outcome.statements(), submission.createdAt, submission.gradedAt, outcome.results());
        graded.fire(event);
        return event;
    }
}
