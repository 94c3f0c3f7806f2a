package dev.sandcastle.sandbox;

import java.util.List;

/**
 * What running a solution did. When loading the solution failed ({@code loadVerdict} not
 * null: syntax error, policy violation, ...) {@code tests} is empty. {@code statements}: the
 * module body's plus every test's, or -1 when not measured (ADR 0003).
 */
public record ExecutionReport(
        Verdict loadVerdict, String loadMessage, String loadStdout, List<TestExecution> tests, long cpuMs, long statements) {
    public ExecutionReport {
        tests = List.copyOf(tests);
    }
}
