package dev.sandcastle.sandbox;

import java.util.List;

/** Everything needed to grade one solution. */
public record GradeRequest(
        String solution, String entryPoint, List<TestCase> tests, Checker checker, Limits limits, Policy policy) {
    public GradeRequest {
        tests = List.copyOf(tests);
    }
}
