package dev.sandcastle.sandbox.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sandcastle.sandbox.ExecutionJob;
import dev.sandcastle.sandbox.ExecutionReport;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.SharedSandbox;
import dev.sandcastle.sandbox.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The statement counter gives guests nothing: its meters are host objects reachable only through
 * the engine's instrument list, which no guest sees. Probed behind the VM wall alone (the Python
 * wall removed), where a guest has the most it could ever have.
 */
class StatementCounterIsolationTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "import java\nm = java.type('dev.sandcastle.sandbox.guest.StatementMeters')",
            "import java\nm = java.type('dev.sandcastle.sandbox.guest.StatementCountingInstrument')",
            "import polyglot\nm = polyglot.import_value('sandcastle-statements')\nassert m is not None",
            "import polyglot\nm = polyglot.eval(language='python', string='1')",
    })
    void noGuestReachesTheCounterEvenWithoutThePythonWall(String probe) {
        GraalGuestExecutor executor = (GraalGuestExecutor) SharedSandbox.get().executor();
        String code = "try:\n" + probe.indent(4) + "    print('OPEN')\nexcept BaseException:\n    print('DENIED')\n";
        assertEquals("DENIED", executor.runWithoutPythonWall(code).strip());
    }

    @Test
    void aGuestProbingForTheCounterCountsLikeAnyOtherCode() {
        // the probes fail inside the solution; the count of each test is still only its own statements
        String code = """
                def probe():
                    try:
                        import polyglot
                    except BaseException:
                        pass
                def solve(n):
                    total = 0
                    for i in range(n):
                        total += i
                    return total
                """;
        GraalGuestExecutor executor = (GraalGuestExecutor) SharedSandbox.get().executor();
        ExecutionReport report = executor.execute(
                new ExecutionJob(code, "solve", List.of(List.of(10L), List.of(10L)), Limits.DEFAULTS, Policy.DEFAULT));
        assertNull(report.loadVerdict(), report.loadMessage());
        assertNull(report.tests().get(0).verdict(), report.tests().get(0).message());
        assertEquals(report.tests().get(0).statements(), report.tests().get(1).statements());
        ExecutionReport violation = executor.execute(new ExecutionJob(code + "probe()\n", "solve",
                List.of(List.of(10L)), Limits.DEFAULTS, Policy.DEFAULT));
        assertEquals(Verdict.POLICY_VIOLATION, violation.loadVerdict());
    }
}
