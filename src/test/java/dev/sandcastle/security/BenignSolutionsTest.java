package dev.sandcastle.security;

import dev.sandcastle.judge.Judge;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sandcastle.judge.Checker;
import dev.sandcastle.judge.GradeReport;
import dev.sandcastle.judge.GradeRequest;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.PythonSandbox;
import dev.sandcastle.sandbox.SharedSandbox;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sandbox that rejects normal solutions has failed too: every file under
 * {@code src/test/resources/benign/} (same format as the attack files, always
 * {@code # mode: grade}) is a legitimate solution that must be ACCEPTED under the default
 * policy and limits.
 */
class BenignSolutionsTest {

    static PythonSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = SharedSandbox.get();
    }

    static Stream<AttackFile> solutions() {
        return AttackFile.load("benign").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solutions")
    void legitimateSolutionIsAccepted(AttackFile solution) {
        GradeReport report = Judge.grade(sandbox, new GradeRequest(solution.source(), solution.entryPoint(), solution.tests(),
                Checker.EXACT, Limits.DEFAULTS, Policy.DEFAULT));
        assertEquals(solution.expected().iterator().next(), report.verdict(), solution.name() + ": " + report);
    }
}
