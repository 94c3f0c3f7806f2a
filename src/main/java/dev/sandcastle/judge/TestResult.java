package dev.sandcastle.judge;

import dev.sandcastle.sandbox.Verdict;
/**
 * The outcome of one test. For hidden tests ({@code isPublic == false}) {@code actual},
 * {@code stdout} and any detail that could reveal inputs or answers are null: a hidden test
 * reports its category and verdict only (plus a generic message).
 */
public record TestResult(
        int index,
        boolean isPublic,
        String category,
        Verdict verdict,
        long cpuMs,
        long statements,
        String stdout,
        String message,
        Object actual) {
}
