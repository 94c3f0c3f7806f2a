package dev.sandcastle.judge;

import dev.sandcastle.sandbox.Verdict;
import java.util.List;

/** The outcome of grading one solution: the overall verdict and one result per test, in order. */
public record GradeReport(Verdict verdict, String message, List<TestResult> tests, long cpuMs, long statements) {
    public GradeReport {
        tests = List.copyOf(tests);
    }
}
