package dev.sandcastle.submission;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wakes long-polling readers when a submission is graded. Signals arrive from PostgreSQL
 * NOTIFY (so a grader in another process wakes them too). A reader registers before it reads
 * the database, so a verdict written in between still wakes it; readers also re-check
 * periodically, so a lost signal only delays an answer. Registrations are counted: many
 * readers of one submission share one signal, and it is dropped when the last one leaves.
 */
@ApplicationScoped
public class GradedSignals {

    private record Signal(CompletableFuture<Void> future, int readers) {
    }

    private final ConcurrentHashMap<Long, Signal> waiting = new ConcurrentHashMap<>();

    public CompletableFuture<Void> register(long submissionId) {
        return waiting.compute(submissionId, (id, s) -> s == null
                ? new Signal(new CompletableFuture<>(), 1)
                : new Signal(s.future(), s.readers() + 1)).future();
    }

    public void forget(long submissionId, CompletableFuture<Void> signal) {
        waiting.computeIfPresent(submissionId, (id, s) -> s.future() != signal ? s
                : s.readers() <= 1 ? null : new Signal(s.future(), s.readers() - 1));
    }

    public void graded(long submissionId) {
        Signal signal = waiting.remove(submissionId);
        if (signal != null) {
            signal.future().complete(null);
        }
    }

    /**
     * Wakes every reader to re-read the database: called when the LISTEN connection is
     * (re)established, since notifications sent while it was down are lost.
     */
    public void wakeAll() {
        for (Long id : waiting.keySet()) {
            graded(id);
        }
    }

    /** Submissions someone is waiting for (for tests and metrics). */
    int watched() {
        return waiting.size();
    }
}
