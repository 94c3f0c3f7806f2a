package dev.sandcastle.submission;

import dev.sandcastle.grading.JobQueue;
import dev.sandcastle.leaderboard.CodeLength;
import dev.sandcastle.mission.Mission;
import dev.sandcastle.mission.MissionVersion;
import dev.sandcastle.mission.ServerLimits;
import dev.sandcastle.player.CurrentPlayer;
import dev.sandcastle.player.Player;
import dev.sandcastle.player.SubmissionLimiter;
import dev.sandcastle.progress.IslandGate;
import dev.sandcastle.web.Page;
import dev.sandcastle.web.PageRequest;
import dev.sandcastle.web.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

@ApplicationScoped
public class SubmissionService {

    /** Re-read the database at least this often while long-polling, in case a signal was lost. */
    private static final long RECHECK_MS = 1_000;

    @Inject
    ServerLimits limits;

    @Inject
    JobQueue queue;

    @Inject
    GradedSignals signals;

    @Inject
    SubmissionConfig config;

    @Inject
    SubmissionLimiter limiter;

    @Inject
    CurrentPlayer currentPlayer;

    @Inject
    IslandGate islandGate;

    /** Stores the submission against the mission's current version and queues it for grading. */
    @Transactional
    public Submission submit(Player player, String slug, SubmissionRequest request) {
        Mission mission = Mission.findPublishedBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("There is no mission '" + slug + "'."));
        islandGate.admit(player, mission); // 403 while the mission's island is locked for the player
        MissionVersion version = mission.currentVersion;
        int codeBytes = request.code().getBytes(StandardCharsets.UTF_8).length;
        int maxBytes = limits.resolve(version.limitOverrides()).codeBytes();
        if (codeBytes > maxBytes) {
            throw new ProblemException(413, "The code is " + codeBytes + " bytes; this mission accepts at most "
                    + maxBytes + " bytes.");
        }
        limiter.admit(player.id); // per-player rate and queue caps (429), counted under a lock on the player
        Submission submission = new Submission();
        submission.player = player;
        submission.mission = mission;
        submission.missionVersion = version;
        submission.mode = request.parsedMode();
        submission.code = request.code();
        submission.codeLength = CodeLength.of(request.code());
        submission.createdAt = Instant.now();
        submission.persist();
        queue.enqueue(submission.id);
        return submission;
    }

    /**
     * The submission as its owner sees it, waiting up to {@code wait} (capped by configuration)
     * for it to be graded. Someone else's submission is reported as not found.
     */
    public SubmissionViews.Detail find(Player player, long id, Duration wait) {
        Duration capped = wait.compareTo(config.maxWait()) > 0 ? config.maxWait() : wait;
        long deadline = System.nanoTime() + capped.toNanos();
        while (true) {
            CompletableFuture<Void> signal = signals.register(id);
            try {
                SubmissionViews.Detail detail = QuarkusTransaction.requiringNew().call(() -> read(player, id));
                long remainingMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (detail.status() == SubmissionStatus.DONE || remainingMs <= 0) {
                    return detail;
                }
                try {
                    signal.get(Math.min(remainingMs, RECHECK_MS), TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    // re-read below
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return detail;
                }
            } finally {
                signals.forget(id, signal);
            }
        }
    }

    private SubmissionViews.Detail read(Player player, long id) {
        Submission submission = Submission.<Submission>findByIdOptional(id)
                .filter(s -> s.player.id.equals(player.id) || currentPlayer.isAdmin()) // owner or admin (DESIGN §5)
                .orElseThrow(() -> ProblemException.notFound("There is no submission " + id + " of yours."));
        return SubmissionViews.detail(submission, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SubmissionViews.Summary> history(Player player, String missionSlug, PageRequest request) {
        Mission mission = null;
        if (missionSlug != null && !missionSlug.isBlank()) {
            mission = Mission.findBySlug(missionSlug)
                    .orElseThrow(() -> ProblemException.notFound("There is no mission '" + missionSlug + "'."));
        }
        PanacheQuery<Submission> query = Submission.ofPlayer(player, mission);
        long total = query.count();
        var items = query.range(request.offset(), request.offset() + request.size() - 1).list().stream()
                .map(SubmissionViews.Summary::of).toList();
        return Page.of(items, request, total);
    }
}
