package dev.sandcastle.judge;

import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import java.util.List;

/** Everything needed to grade one solution. */
public record GradeRequest(
        String solution, String entryPoint, List<TestCase> tests, Checker checker, Limits limits, Policy policy) {
    public GradeRequest {
        tests = List.copyOf(tests);
    }
}
