package dev.sandcastle.sandbox.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sandcastle.sandbox.CheckOutcome;
import dev.sandcastle.sandbox.CustomCheckJob;
import dev.sandcastle.sandbox.ExecutionJob;
import dev.sandcastle.sandbox.ExecutionReport;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.RunResult;
import dev.sandcastle.sandbox.TestExecution;
import dev.sandcastle.sandbox.Verdict;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Object wire(Object data) throws Exception {
        return WireCodec.decode(WireCodec.encode(data), 64);
    }

    @Test
    void anExecutionJobCrossesTheWireWithoutAnyExpectedAnswer() throws Exception {
        ExecutionJob job = new ExecutionJob("def f(a):\n    return a\n", "f",
                List.of(List.of(1L, "x"), List.of(Arrays.asList(null, 2.5))), Limits.DEFAULTS,
                new Policy(Set.of("sorted"), Set.of("string")));
        Map<String, Object> encoded = Messages.job(job);
        assertEquals(Set.of("solution", "entryPoint", "args", "limits", "policy"), encoded.keySet());
        assertEquals(job, Messages.job(wire(encoded)));
    }

    @Test
    void reportsRunResultsAndCheckOutcomesRoundTrip() throws Exception {
        ExecutionReport report = new ExecutionReport(null, null, "loaded\n", List.of(
                new TestExecution(null, Map.of("k", List.of(new BigInteger("123456789012345678901234567890"))), 3, -1, "", null),
                new TestExecution(Verdict.RUNTIME_ERROR, null, 1, -1, "out", "ZeroDivisionError")), 4, -1);
        assertEquals(report, Messages.report(wire(Messages.report(report))));
        RunResult run = new RunResult(Verdict.ACCEPTED, "hi\n", "", "");
        assertEquals(run, Messages.runResult(wire(Messages.runResult(run))));
        CheckOutcome outcome = new CheckOutcome(false, "off by one", null);
        assertEquals(outcome, Messages.outcome(wire(Messages.outcome(outcome))));
        CustomCheckJob check = new CustomCheckJob("def check(a, e, r):\n    return e == r\n", List.of(1L), 2L, 2L, Limits.DEFAULTS);
        assertEquals(check, Messages.checkJob(wire(Messages.checkJob(check))));
    }

    @Test
    void aForgedAnswerWithAWrongShapeIsRejectedNotTrusted() {
        assertThrows(IllegalArgumentException.class, () -> Messages.report(Map.of("tests", "all passed")));
        assertThrows(IllegalArgumentException.class, () -> Messages.outcome(Map.of("passed", "yes")));
        assertThrows(IllegalArgumentException.class,
                () -> Messages.runResult(Map.of("verdict", "ACCEPTED_BY_FIAT", "stdout", "", "stderr", "", "message", "")));
    }

    @Test
    void theWorkerCommandLineCarriesNoSecretsAndOnlyTheNeededProperties() {
        WorkerLauncher launcher = new WorkerLauncher(WorkerSandboxTestSupport.config(1), false, List.of());
        List<String> command = launcher.command();
        String joined = String.join(" ", command);
        for (String secret : new String[] {System.getenv("SANDCASTLE_CANARY_ENV"), System.getProperty("sandcastle.canary")}) {
            if (secret != null) {
                assertFalse(joined.contains(secret), "a canary reached the worker command line");
            }
        }
        List<String> properties = command.stream().filter(word -> word.startsWith("-D")).map(word -> word.split("=")[0]).toList();
        assertEquals(List.of("-Dpolyglot.engine.userResourceCache", "-Dpolyglot.engine.WarnInterpreterOnly", "-Djava.awt.headless"),
                properties.stream().sorted((a, b) -> Integer.compare(order(a), order(b))).toList());
        assertFalse(command.stream().anyMatch(w -> w.startsWith("-D") && (w.contains("datasource") || w.contains("password"))),
                "no database settings reach a worker");
        assertEquals(true, command.contains("-XX:+ExitOnOutOfMemoryError") && command.contains("-XX:+DisableExplicitGC")
                && command.stream().anyMatch(w -> w.startsWith("-Xmx")));
    }

    private static int order(String property) {
        return List.of("-Dpolyglot.engine.userResourceCache", "-Dpolyglot.engine.WarnInterpreterOnly", "-Djava.awt.headless").indexOf(property);
    }
}
