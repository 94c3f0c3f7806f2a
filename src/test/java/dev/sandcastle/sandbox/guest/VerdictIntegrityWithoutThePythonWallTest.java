package dev.sandcastle.sandbox.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.judge.Checker;
import dev.sandcastle.sandbox.ExecutionJob;
import dev.sandcastle.sandbox.ExecutionReport;
import dev.sandcastle.judge.GradeReport;
import dev.sandcastle.judge.GradeRequest;
import dev.sandcastle.judge.Judge;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.judge.TestCase;
import dev.sandcastle.sandbox.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real guarantee of verdict integrity: the Python wall is replaced by none at all
 * (no-wall.py: real builtins, frames, gc, imports, and the host's entry points within reach),
 * and a guest still cannot get a wrong answer ACCEPTED, find an expected value, or change the
 * verdict of another submission. Only the VM wall and the grader's own reading of the report
 * (GuestSession, PlainValues, Grading, GuestClaims) stand.
 */
class VerdictIntegrityWithoutThePythonWallTest {

    private static final String SECRET = "SECRET-EXPECTED-93c1f0";
    private static GraalGuestExecutor unwalled;

    @BeforeAll
    static void removeThePythonWall() throws IOException {
        try (InputStream in = VerdictIntegrityWithoutThePythonWallTest.class.getResourceAsStream("no-wall.py")) {
            // -Dsandcastle.test.handRestricted=true: the TRUSTED engine with CONSTRAINED's
            // restrictions set by hand, as workers with jit=graal build it (ADR 0066)
            GuestRuntime runtime = Boolean.getBoolean("sandcastle.test.handRestricted") ? GuestRuntime.optimizing()
                    : GuestRuntime.DEFAULT;
            unwalled = new GraalGuestExecutor(new String(in.readAllBytes(), StandardCharsets.UTF_8), true, runtime);
        }
        unwalled.warmUp(); // a fresh engine's first context can take longer than a wall limit on a loaded machine
    }

    /** The default limits with room for a busy CI machine: these tests are about verdicts, not time. */
    private static final Limits LIMITS;

    static {
        Limits d = Limits.DEFAULTS;
        LIMITS = new Limits(d.cpuMsPerTest() * 5, d.cpuMsPerSubmission() * 5, d.wallMs() * 5, d.memoryBytes(),
                d.outputBytes(), d.codeBytes(), d.resultBytes(), d.resultDepth(), d.recursionDepth());
    }

    @AfterAll
    static void close() {
        unwalled.close();
    }

    private static GradeReport grade(String code, TestCase... tests) {
        return Judge.grade(unwalled, new GradeRequest(code, "solve", List.of(tests), Checker.EXACT,
                LIMITS, Policy.DEFAULT));
    }

    private static TestCase hidden(long arg, Object expected) {
        return new TestCase(List.of(arg), expected, false, "basic");
    }

    @Test
    void theRemovedWallReallyGivesTheGuestEverything() {
        // guards against a vacuous suite: without the wall, the guest reaches what wall.py denies
        GradeReport report = grade("""
                import sys, builtins
                def frames():
                    frame = sys._getframe(0)
                    while frame is not None:
                        yield frame
                        frame = frame.f_back
                def solve(x):
                    return [sys._getframe(0).f_code.co_name, callable(builtins.__import__),
                            any('run_guest' in f.f_locals for f in frames())]
                """, new TestCase(List.of(1L), List.of("solve", true, true), true, "basic"));
        assertEquals(Verdict.ACCEPTED, report.verdict(), report.toString());
    }

    @Test
    void aGuestThatRewritesTheWallsReportStillCannotForgeAccepted() {
        // the module body reaches the wall's own run_guest through the frames and replaces its
        // code: from then on every call reports ['error', 'ACCEPTED', ...] without running
        String forge = """
                import sys
                def _forged(thunk):
                    return ['error', 'ACCEPTED', 'FORGED', 0]
                frame = sys._getframe(0)
                while frame is not None and 'run_guest' not in frame.f_locals:
                    frame = frame.f_back
                frame.f_locals['run_guest'].__code__ = _forged.__code__
                def solve(x):
                    return 0
                """;
        ExecutionReport raw = unwalled.execute(new ExecutionJob(forge, "solve", List.of(List.of(1L), List.of(2L)),
                LIMITS, Policy.DEFAULT));
        assertEquals("FORGED", raw.tests().get(0).message(), "the forged status must reach the host for this test to mean anything");
        GradeReport report = grade(forge, hidden(1, 1L), hidden(2, 4L));
        assertEquals(Verdict.POLICY_VIOLATION, report.verdict(), report.toString());
        assertTrue(report.tests().stream().noneMatch(t -> t.verdict() == Verdict.ACCEPTED), report.toString());
    }

    @Test
    void aGuestThatReportsOkWithAnyValueIsStillCheckedAgainstTheExpectedOne() {
        String forge = """
                import sys
                def _forged(thunk):
                    return ['ok', 'I am the expected value']
                frame = sys._getframe(0)
                while frame is not None and 'run_guest' not in frame.f_locals:
                    frame = frame.f_back
                frame.f_locals['run_guest'].__code__ = _forged.__code__
                def solve(x):
                    return 0
                """;
        GradeReport report = grade(forge, hidden(1, 1L), hidden(2, 4L));
        assertEquals(Verdict.WRONG_ANSWER, report.verdict(), report.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "class Liar(int):\n    def __eq__(self, other): return True\n    def __hash__(self): return 0\nRESULT = Liar(0)",
            "class Liar(str):\n    def __eq__(self, other): return True\nRESULT = Liar('x')",
            "class Masked:\n    @property\n    def __class__(self): return int\nRESULT = Masked()",
            "class Liar(list):\n    def __eq__(self, other): return True\nRESULT = Liar()",
            "class Key(str):\n    def __eq__(self, other): return True\n    def __hash__(self): return 1\nRESULT = {Key('a'): 1}",
            "import builtins\nclass Liar(int):\n    def __eq__(self, other): return True\nbuiltins.int = Liar\nRESULT = int(0)",
            "class Liar(float):\n    def __eq__(self, other): return True\nRESULT = [Liar(0.5)]",
            "RESULT = 10 ** 5000",
    })
    void aValueThatLiesAboutEqualityOrItsTypeIsNeverAccepted(String make) {
        String code = make + "\ndef solve(x):\n    return RESULT\n";
        GradeReport report = grade(code, hidden(1, 7L), new TestCase(List.of(2L), 7L, true, "basic"));
        assertNotEquals(Verdict.ACCEPTED, report.verdict(), report.toString());
        // read through the base type's built-in methods (WRONG_ANSWER: 0 is not 7) or refused
        assertTrue(report.tests().stream().allMatch(t -> t.verdict() == Verdict.RUNTIME_ERROR
                || t.verdict() == Verdict.WRONG_ANSWER), report.toString());
    }

    @Test
    void aGuestSearchingEveryFrameModuleAndClassFindsNoExpectedValue() {
        String code = """
                import sys
                def _scan(value, seen, depth=0):
                    if depth > 6 or id(value) in seen:
                        return None
                    seen.add(id(value))
                    if type(value) is str:
                        return value if 'SECRET-EXPECTED' in value else None
                    items = []
                    if type(value) in (list, tuple, set, frozenset):
                        items = list(value)
                    elif type(value) is dict:
                        items = list(value.keys()) + list(value.values())
                    for item in items:
                        found = _scan(item, seen, depth + 1)
                        if found:
                            return found
                    return None
                def solve(x):
                    seen = set()
                    for klass in object.__subclasses__():
                        found = _scan(dict(getattr(klass, '__dict__', {})), seen)
                        if found:
                            return found
                    frame = sys._getframe(0)
                    while frame is not None:
                        found = _scan(dict(frame.f_locals), seen) or _scan(dict(frame.f_globals), seen)
                        if found:
                            return found
                        frame = frame.f_back
                    for module in list(sys.modules.values()):
                        found = _scan(dict(getattr(module, '__dict__', {})), seen)
                        if found:
                            return found
                    return 'nothing found'
                """;
        GradeReport report = grade(code, hidden(1, SECRET), new TestCase(List.of(2L), SECRET + "-public", true, "basic"));
        assertEquals(Verdict.WRONG_ANSWER, report.verdict(), report.toString());
        assertEquals("nothing found", report.tests().get(1).actual());
    }

    @Test
    void aSubmissionThatPoisonsEverythingItCanDoesNotChangeTheNextSubmissionsVerdict() {
        String poison = """
                import builtins, sys
                builtins.sum = lambda *args, **kwargs: 42
                builtins.len = lambda *args: 42
                sys.modules['collections'] = None
                for frame_owner in [sys._getframe(0)]:
                    frame = frame_owner
                    while frame is not None:
                        for name, value in list(frame.f_locals.items()):
                            if callable(value) and hasattr(value, '__code__'):
                                try:
                                    value.__code__ = (lambda *a, **k: ['ok', 42]).__code__
                                except Exception:
                                    pass
                        frame = frame.f_back
                def solve(xs):
                    return 42
                """;
        grade(poison, new TestCase(List.of(List.of(1L, 2L)), 3L, true, "basic"));
        String honest = "import collections\ndef solve(xs):\n    return sum(xs) + len(xs) - len(xs)\n";
        String wrong = "def solve(xs):\n    return 42\n";
        for (int round = 0; round < 2; round++) {
            GradeReport good = Judge.grade(unwalled, new GradeRequest(honest, "solve",
                    List.of(new TestCase(List.of(List.of(1L, 2L)), 3L, false, "basic")), Checker.EXACT, LIMITS, Policy.DEFAULT));
            assertEquals(Verdict.ACCEPTED, good.verdict(), good.toString());
            GradeReport bad = Judge.grade(unwalled, new GradeRequest(wrong, "solve",
                    List.of(new TestCase(List.of(List.of(1L, 2L)), 3L, false, "basic")), Checker.EXACT, LIMITS, Policy.DEFAULT));
            assertEquals(Verdict.WRONG_ANSWER, bad.verdict(), bad.toString());
        }
    }

    @Test
    void hugeTextAndNulFromAnUnwalledGuestArriveBoundedAndStorable() {
        String code = "def solve(x):\n    raise ValueError('\\x00' + 'y' * 4_000_000)\n";
        GradeReport report = grade(code, new TestCase(List.of(1L), 1L, true, "basic"));
        assertEquals(Verdict.RUNTIME_ERROR, report.verdict());
        String message = report.tests().get(0).message();
        assertFalse(message.contains("\u0000"));
        assertTrue(message.length() < 1_100, "message of " + message.length() + " chars");
    }
}
