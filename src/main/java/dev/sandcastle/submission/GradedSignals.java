package dev.sandcastle.submission;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wakes long-polling readers when a submission is graded. Signals arrive from PostgreSQL
 * NOTIFY (so a grader in another process wakes them too). A reader registers before it reads
 * the database, so a verdict written in between still wakes it; readers also re-check
 * periodically, so a lost signal only delays an answer.
 */
@ApplicationScoped
public class GradedSignals {

    private final ConcurrentHashMap<Long, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    public CompletableFuture<Void> register(long submissionId) {
        return waiting.computeIfAbsent(submissionId, id -> new CompletableFuture<>());
    }

    public void forget(long submissionId, CompletableFuture<Void> signal) {
        waiting.remove(submissionId, signal);
    }

    public void graded(long submissionId) {
        CompletableFuture<Void> signal = waiting.remove(submissionId);
        if (signal != null) {
            signal.complete(null);
        }
    }
}
