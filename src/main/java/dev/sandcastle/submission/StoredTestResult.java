package dev.sandcastle.submission;

import dev.sandcastle.sandbox.Verdict;

/**
 * The stored outcome of one test. {@code index} is the test's position in the mission
 * version's tests. For hidden tests only index, category and verdict are ever stored: the
 * other fields are null, so nothing about a hidden input or answer can leak from storage.
 */
public record StoredTestResult(
        int index, boolean isPublic, String category, Verdict verdict, Long cpuMs, Long statements,
        String stdout, String message, Object actual) {

    public static StoredTestResult hidden(int index, String category, Verdict verdict) {
        return new StoredTestResult(index, false, category, verdict, null, null, null, null, null);
    }
}
