package dev.sandcastle.sandbox.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.RunResult;
import dev.sandcastle.sandbox.SharedSandbox;
import dev.sandcastle.sandbox.Verdict;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of the Python wall, one behaviour per test (the attack suite covers escapes). */
class PythonWallTest {

    static GraalGuestExecutor executor;

    @BeforeAll
    static void start() {
        executor = (GraalGuestExecutor) SharedSandbox.get().executor();
    }

    private static RunResult run(String code) {
        return executor.run(code, Limits.DEFAULTS, Policy.DEFAULT);
    }

    @Test
    void aStaticViolationNamesTheLineAndTheName() {
        RunResult result = run("x = 1\ny = 2\nprint(().__class__.__base__.__subclasses__())\n");
        assertEquals(Verdict.POLICY_VIOLATION, result.verdict());
        assertEquals("line 3: access to '__subclasses__' is not allowed", result.message());
    }

    @Test
    void aRunTimeViolationNamesTheLineToo() {
        RunResult result = run("name = '__glo' + 'bals__'\n\ndef f():\n    pass\ngetattr(f, name)\n");
        assertEquals(Verdict.POLICY_VIOLATION, result.verdict());
        assertEquals("line 5: access to '__globals__' is not allowed", result.message());
    }

    @Test
    void aForbiddenImportSaysWhichModule() {
        RunResult result = run("import os.path\n");
        assertEquals(Verdict.POLICY_VIOLATION, result.verdict());
        assertEquals("line 1: import of 'os' is not allowed in this mission", result.message());
    }

    @Test
    void theNeverListCannotBeLiftedByAMission() {
        assertThrows(IllegalArgumentException.class, () -> new Policy(Set.of(), Set.of("os")));
        assertThrows(IllegalArgumentException.class, () -> new Policy(Set.of(), Set.of("importlib.util")));
    }

    @Test
    void aMissionMayAllowAnExtraModule() {
        String code = "import calendar\nprint(calendar.isleap(2024))\n";
        assertEquals(Verdict.POLICY_VIOLATION, run(code).verdict());
        RunResult allowed = executor.run(code, Limits.DEFAULTS, new Policy(Set.of(), Set.of("calendar")));
        assertEquals(Verdict.ACCEPTED, allowed.verdict(), allowed.message());
        assertEquals("True\n", allowed.stdout());
    }

    @Test
    void aMissionMayAllowAnExtraBuiltinButNeverEval() {
        String code = "print(FutureWarning.__name__)\n";
        assertEquals(Verdict.POLICY_VIOLATION, run(code).verdict());
        RunResult allowed = executor.run(code, Limits.DEFAULTS, new Policy(Set.of("FutureWarning"), Set.of()));
        assertEquals(Verdict.ACCEPTED, allowed.verdict(), allowed.message());
        RunResult eval = executor.run("print(eval('1'))\n", Limits.DEFAULTS, new Policy(Set.of("eval"), Set.of()));
        assertEquals(Verdict.POLICY_VIOLATION, eval.verdict());
    }

    @Test
    void moduleViewsAreReadOnly() {
        RunResult result = run("import math\nsetattr(math, 'pi', 3)\n");
        assertEquals(Verdict.POLICY_VIOLATION, result.verdict());
        assertTrue(result.message().contains("read-only"), result.message());
    }

    @Test
    void sysIsASafeFacadeWithACappedRecursionLimit() {
        RunResult result = run("import sys\nsys.setrecursionlimit(10 ** 6)\nprint(sys.getrecursionlimit())\n"
                + "print(hasattr(sys, 'modules'), hasattr(sys, 'exit'), hasattr(sys, 'settrace'))\n");
        assertEquals(Verdict.ACCEPTED, result.verdict(), result.message());
        assertEquals(Limits.DEFAULTS.recursionDepth() + "\nFalse False False\n", result.stdout());
    }

    @Test
    void aSwallowedViolationStillCounts() {
        RunResult result = run("try:\n    getattr(1, '__cla' + 'ss__').__base__\nexcept BaseException:\n    pass\nprint('on')\n");
        assertEquals(Verdict.POLICY_VIOLATION, result.verdict());
    }

    @Test
    void privateAttributesOfPlayerClassesStayOpen() {
        RunResult result = run("class A:\n    def __init__(self):\n        self._x = 1\n        self.__y = 2\n"
                + "    def y(self):\n        return self.__y\na = A()\nprint(a._x, a.y(), getattr(a, '_x'))\n");
        assertEquals(Verdict.ACCEPTED, result.verdict(), result.message());
        assertEquals("1 2 1\n", result.stdout());
    }

    @Test
    void formatWithPublicAttributesStillWorks() {
        RunResult result = run("class P:\n    x = 3\nprint('{0.x} {1[0]} {2:>3}'.format(P(), [4], 5))\n");
        assertEquals(Verdict.ACCEPTED, result.verdict(), result.message());
        assertEquals("3 4   5\n", result.stdout());
    }

    @Test
    void errorsAreReportedWithoutHostDetails() {
        RunResult result = run("import json\njson.loads('{')\n");
        assertEquals(Verdict.RUNTIME_ERROR, result.verdict());
        assertTrue(result.message().startsWith("JSONDecodeError"), result.message());
        assertTrue(!result.message().contains("/root") && !result.message().contains(".py\""), result.message());
    }

    @Test
    void codeLargerThanTheLimitIsRefusedBeforeRunning() {
        Limits d = Limits.DEFAULTS;
        Limits small = new Limits(d.cpuMsPerTest(), d.cpuMsPerSubmission(), d.wallMs(), d.memoryBytes(), d.outputBytes(),
                10, d.resultBytes(), d.resultDepth(), d.recursionDepth());
        RunResult result = executor.run("print('this is longer than ten bytes')", small, Policy.DEFAULT);
        assertEquals(Verdict.POLICY_VIOLATION, result.verdict());
        assertEquals("", result.stdout());
    }
}
