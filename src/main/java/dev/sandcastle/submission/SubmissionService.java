package dev.sandcastle.submission;

import dev.sandcastle.mission.Mission;
import dev.sandcastle.mission.MissionVersion;
import dev.sandcastle.mission.ServerLimits;
import dev.sandcastle.player.Player;
import dev.sandcastle.player.SubmissionLimiter;
import dev.sandcastle.progress.IslandGate;
import dev.sandcastle.web.Page;
import dev.sandcastle.web.PageRequest;
import dev.sandcastle.web.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

@ApplicationScoped
public class SubmissionService {

    /**
     * Re-read the database at least this often (plus up to a quarter more, so that many waits
     * do not re-read together) while long-polling. Only a safety net: signals lost while the
     * LISTEN connection was down are replayed by {@link GradedSignals#wakeAll()}.
     */
    private static final long RECHECK_MS = 10_000;

    @Inject
    ServerLimits limits;

    @Inject
    GradingQueue queue;

    @Inject
    GradedSignals signals;

    @Inject
    SubmissionConfig config;

    @Inject
    SubmissionLimiter limiter;

    @Inject
    OpenWaits waits;

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

    /** Who reads a submission: only its owner, or an admin, may; {@code address} is for the wait caps. */
    public record Reader(long playerId, boolean admin, String address) {
    }

    /**
     * The submission as its owner sees it, waiting up to {@code wait} (capped by configuration)
     * for it to be graded. Someone else's submission is reported as not found. A wait holds no
     * thread: it is a future completed by the grader's notification (or a periodic re-check,
     * or the deadline), and only the database reads run on a worker thread. Waits count
     * against per-player and per-address caps ({@link OpenWaits}, 429 beyond).
     */
    public CompletableFuture<SubmissionViews.Detail> find(Reader reader, long id, Duration wait) {
        Duration capped = wait.compareTo(config.maxWait()) > 0 ? config.maxWait() : wait;
        CompletableFuture<Void> signal = signals.register(id);
        SubmissionViews.Detail first;
        try {
            first = read(reader, id);
        } catch (RuntimeException e) {
            signals.forget(id, signal);
            throw e;
        }
        if (first.status() == SubmissionStatus.DONE || capped.isZero()) {
            signals.forget(id, signal);
            return CompletableFuture.completedFuture(first);
        }
        OpenWaits.Slot slot;
        try {
            slot = waits.open(reader.playerId(), reader.address());
        } catch (RuntimeException e) {
            signals.forget(id, signal);
            throw e;
        }
        CompletableFuture<SubmissionViews.Detail> answer = new CompletableFuture<>();
        answer.whenComplete((detail, failure) -> slot.close());
        sleep(new Wait(reader, id, System.nanoTime() + capped.toNanos(), answer), signal);
        return answer;
    }

    private record Wait(Reader reader, long id, long deadlineNanos, CompletableFuture<SubmissionViews.Detail> answer) {
        long remainingMs() {
            return TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        }
    }

    /** Parks the wait until its signal, the next re-check or the deadline, whichever is first; then reads again. */
    private void sleep(Wait wait, CompletableFuture<Void> signal) {
        long remaining = Math.max(0, wait.remainingMs());
        long recheck = RECHECK_MS + java.util.concurrent.ThreadLocalRandom.current().nextLong(RECHECK_MS / 4);
        signal.copy().completeOnTimeout(null, Math.min(remaining, recheck), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((ignored, failure) -> {
                    signals.forget(wait.id(), signal);
                    wake(wait);
                }, Infrastructure.getDefaultWorkerPool());
    }

    private void wake(Wait wait) {
        if (wait.answer().isDone()) { // cancelled: the client went away
            return;
        }
        CompletableFuture<Void> signal = signals.register(wait.id());
        try {
            SubmissionViews.Detail detail = inRequest(() -> read(wait.reader(), wait.id()));
            if (detail.status() == SubmissionStatus.DONE || wait.remainingMs() <= 0) {
                signals.forget(wait.id(), signal);
                wait.answer().complete(detail);
                return;
            }
        } catch (RuntimeException e) {
            signals.forget(wait.id(), signal);
            wait.answer().completeExceptionally(e);
            return;
        }
        sleep(wait, signal);
    }

    private static <T> T inRequest(java.util.function.Supplier<T> call) {
        var context = io.quarkus.arc.Arc.container().requestContext();
        if (context.isActive()) {
            return call.get();
        }
        context.activate();
        try {
            return call.get();
        } finally {
            context.terminate();
        }
    }

    private SubmissionViews.Detail read(Reader reader, long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Submission submission = Submission.<Submission>findByIdOptional(id)
                    .filter(s -> s.player.id.equals(reader.playerId()) || reader.admin()) // owner or admin
                    .orElseThrow(() -> ProblemException.notFound("There is no submission " + id + " of yours."));
            return SubmissionViews.detail(submission, true);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SubmissionViews.Summary> history(Player player, String missionSlug, PageRequest request) {
        Mission mission = null;
        if (missionSlug != null && !missionSlug.isBlank()) {
            // a draft answers like a slug that does not exist: players cannot submit to drafts anyway
            mission = Mission.findPublishedBySlug(missionSlug)
                    .orElseThrow(() -> ProblemException.notFound("There is no mission '" + missionSlug + "'."));
        }
        PanacheQuery<Submission> query = Submission.ofPlayer(player, mission);
        long total = query.count();
        var items = query.range(request.offset(), request.offset() + request.size() - 1).list().stream()
                .map(SubmissionViews.Summary::of).toList();
        return Page.of(items, request, total);
    }
}
