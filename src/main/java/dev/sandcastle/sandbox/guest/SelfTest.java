package dev.sandcastle.sandbox.guest;

import dev.sandcastle.sandbox.GuestExecutor;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.RunResult;
import dev.sandcastle.sandbox.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The start-up self-test: proves on this JVM that file access, {@code signal}, host lookup
 * and introspection are denied, by both walls. A worker runs it once when spawned and must
 * not take jobs unless it passed (fail closed).
 */
public final class SelfTest {

    /** {@code problem} names the first probe that was not denied; null when all passed. */
    public record Result(boolean passed, String problem, List<String> checked) {
        public Result {
            checked = List.copyOf(checked);
        }
    }

    /** Python-wall probes: each must end in POLICY_VIOLATION. */
    private static final Map<String, String> WALL_PROBES = Map.of(
            "file access", "open('/etc/hostname').read()",
            "signal", "import signal\nsignal.raise_signal(15)",
            "host lookup (java)", "import java\njava.type('java.lang.System')",
            "host lookup (polyglot)", "import polyglot\npolyglot.eval(language='python', string='1')",
            "introspection (static)", "().__class__.__base__.__subclasses__()",
            "introspection (computed)", "getattr(getattr((), '__cla' + 'ss__'), '__ba' + 'se__')",
            "format traversal", "'{0.__globals__}'.format(len)",
            "module internals", "import random\nrandom._os");

    /** VM-wall probes, run without the Python wall: each must print DENIED. */
    private static final Map<String, String> VM_PROBES = Map.of(
            "file access (VM)", "try:\n    open('/etc/hostname').read()\n    print('OPEN')\nexcept BaseException:\n    print('DENIED')",
            "host lookup (VM)", "try:\n    import java\n    java.type('java.lang.System')\n    print('OPEN')\nexcept BaseException:\n    print('DENIED')",
            "environment (VM)", "import os\nprint('DENIED' if 'PATH' not in os.environ and 'HOME' not in os.environ else 'OPEN')");

    private SelfTest() {
    }

    public static Result run(GuestExecutor executor) {
        List<String> checked = new ArrayList<>();
        // the probes prove denials, not speed: generous CPU, so that a worker whose compiler is
        // still compiling the wall's code (jit=graal meters the whole process, ADR 0066) is not
        // failed for being slow
        Limits d = Limits.DEFAULTS;
        Limits limits = new Limits(d.cpuMsPerTest() * 10, d.cpuMsPerSubmission() * 10, d.wallMs() * 5, d.memoryBytes(),
                d.outputBytes(), d.codeBytes(), d.resultBytes(), d.resultDepth(), d.recursionDepth());
        for (Map.Entry<String, String> probe : WALL_PROBES.entrySet()) {
            RunResult result = executor.run(probe.getValue(), limits, Policy.DEFAULT);
            if (result.verdict() != Verdict.POLICY_VIOLATION) {
                return new Result(false, probe.getKey() + " was not denied (" + result.verdict() + ")", checked);
            }
            checked.add(probe.getKey());
        }
        if (executor instanceof GraalGuestExecutor graal) {
            for (Map.Entry<String, String> probe : VM_PROBES.entrySet()) {
                String out = graal.runWithoutPythonWall(probe.getValue());
                if (!out.strip().equals("DENIED")) {
                    return new Result(false, probe.getKey() + " was not denied", checked);
                }
                checked.add(probe.getKey());
            }
        }
        RunResult sane = executor.run("print(sum(range(10)))", limits, Policy.DEFAULT);
        if (sane.verdict() != Verdict.ACCEPTED || !sane.stdout().strip().equals("45")) {
            return new Result(false, "a trivial program did not run", checked);
        }
        checked.add("trivial program runs");
        return new Result(true, null, checked);
    }

    /** Runs the self-test on a fresh executor and exits non-zero when it fails. */
    public static void main(String[] args) {
        try (GraalGuestExecutor executor = new GraalGuestExecutor()) {
            Result result = run(executor);
            System.out.println(result.passed() ? "self-test passed: " + result.checked() : "self-test FAILED: " + result.problem());
            System.exit(result.passed() ? 0 : 1);
        }
    }
}
