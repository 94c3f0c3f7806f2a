package dev.sandcastle.sandbox.worker;

import dev.sandcastle.sandbox.GuestExecutor;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.RunResult;
import dev.sandcastle.sandbox.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The start-up self-test every worker runs on its own JVM before it takes a job: a benign
 * snippet must run (this also pays the first context, off the request path) and each probe
 * that reaches for files, signals, the host or hidden introspection must be denied.
 */
final class WorkerSelfTest {

    /** Probes that must never be ACCEPTED; none of them does harm if the wall does hold. */
    static final Map<String, String> MUST_BE_DENIED = Map.of(
            "file access", "print(open('/etc/hostname').read())",
            "os listing", "import os\nprint(os.listdir('/'))",
            "signal import", "import signal\nprint(signal.SIGTERM)",
            "host lookup", "import java\nprint(java.type('java.lang.System'))",
            "polyglot access", "import polyglot\nprint(polyglot.eval(language='js', string='1'))",
            "introspection", "print(().__class__.__base__.__subclasses__())",
            "frame walk", "import sys\nprint(sys._getframe().f_globals)");

    private WorkerSelfTest() {
    }

    static WorkerMain.SelfTestResult run(GuestExecutor executor) {
        List<String> problems = new ArrayList<>();
        Limits limits = Limits.DEFAULTS;
        RunResult benign = executor.run("print(sum(x * x for x in range(7)))", limits, Policy.DEFAULT);
        if (benign.verdict() != Verdict.ACCEPTED || benign.stdout() == null || !benign.stdout().strip().equals("91")) {
            problems.add("benign snippet did not run: " + benign.verdict() + " " + benign.message());
        }
        for (Map.Entry<String, String> probe : MUST_BE_DENIED.entrySet()) {
            RunResult result = executor.run(probe.getValue(), limits, Policy.DEFAULT);
            if (result.verdict() == Verdict.ACCEPTED) {
                problems.add(probe.getKey() + " was not denied");
            }
        }
        return new WorkerMain.SelfTestResult(problems.isEmpty(), problems);
    }
}
