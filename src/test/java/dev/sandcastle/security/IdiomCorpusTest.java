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
import dev.sandcastle.sandbox.Verdict;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16: real code passes. Every file under {@code src/test/resources/idioms/} is an idiomatic
 * solution written in one of many everyday styles (star imports, {@code __future__}, shadowed
 * builtins, {@code globals()}, {@code vars()}, delegation through {@code __getattr__}, match
 * statements, dataclasses, enums, generators, regex, typing, debug prints...), in the attack
 * file format with {@code # mode: grade}; each must be ACCEPTED under the default policy and
 * limits. Its expected values were checked against CPython.
 */
class IdiomCorpusTest {

    static PythonSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = SharedSandbox.get();
    }

    static Stream<AttackFile> idioms() {
        return AttackFile.load("idioms").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idioms")
    void idiomaticSolutionIsAccepted(AttackFile solution) {
        GradeReport report = Judge.grade(sandbox, new GradeRequest(solution.source(), solution.entryPoint(), solution.tests(),
                Checker.EXACT, Limits.DEFAULTS, Policy.DEFAULT));
        assertEquals(Verdict.ACCEPTED, report.verdict(), solution.name() + ": " + report);
    }
}
