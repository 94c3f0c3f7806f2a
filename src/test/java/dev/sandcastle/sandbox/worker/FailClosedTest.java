package dev.sandcastle.sandbox.worker;

import dev.sandcastle.judge.Judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.judge.Checker;
import dev.sandcastle.judge.GradeRequest;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.SandboxStatus;
import dev.sandcastle.sandbox.SandboxUnavailableException;
import dev.sandcastle.judge.TestCase;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailClosedTest {

    @Test
    void whenNoWorkerPassesItsSelfTestTheSandboxIsNotReadyAndRefusesToGrade() {
        try (WorkerSandbox sandbox = new WorkerSandbox(WorkerSandboxTestSupport.config(1), false,
                List.of("-D" + WorkerMain.FAIL_SELF_TEST_PROPERTY + "=true"))) {
            GradeRequest request = new GradeRequest("def f():\n    return 1\n", "f",
                    List.of(new TestCase(List.of(), 1L, true, "basic")), Checker.EXACT, Limits.DEFAULTS, Policy.DEFAULT);
            SandboxUnavailableException refused = assertThrows(SandboxUnavailableException.class, () -> Judge.grade(sandbox, request));
            assertTrue(refused.getMessage().contains("self-test"), refused.getMessage());
            assertThrows(SandboxUnavailableException.class, () -> sandbox.run("print(1)", Limits.DEFAULTS, Policy.DEFAULT));
            SandboxStatus status = sandbox.status();
            assertFalse(status.ready());
            assertEquals(0, status.workersReady());
            assertTrue(status.problem().contains("self-test"), status.problem());
        }
    }
}
