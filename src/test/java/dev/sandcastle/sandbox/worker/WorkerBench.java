package dev.sandcastle.sandbox.worker;

import dev.sandcastle.judge.Checker;
import dev.sandcastle.judge.GradeReport;
import dev.sandcastle.judge.GradeRequest;
import dev.sandcastle.judge.Judge;
import dev.sandcastle.sandbox.GuestExecutor;
import dev.sandcastle.sandbox.guest.GraalGuestExecutor;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.judge.TestCase;
import dev.sandcastle.sandbox.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the process wall (not a test): spawn time, the cost of one trivial 10-test grading
 * through a worker (p50/p95 over 200 runs after warm-up), the time to replace a killed worker
 * and the worker's resident memory. Run (see docs/decisions/0001):
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * $JAVA_HOME/bin/java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dev.sandcastle.sandbox.worker.WorkerBench [heapMb] [runs]
 * </pre>
 * With {@code inprocess} as the first argument it grades the same request with the guest
 * executor in this JVM instead (run it with the worker's JIT flag,
 * {@code -XX:TieredStopAtLevel=1}), which isolates the cost of the process wall.
 */
public final class WorkerBench {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("inprocess")) {
            inProcess(args.length > 1 ? Integer.parseInt(args[1]) : 200);
            return;
        }
        int heapMb = args.length > 0 ? Integer.parseInt(args[0]) : WorkerSandboxConfig.defaults().workerHeapMb();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        WorkerSandboxConfig config = new WorkerSandboxConfig(1, heapMb, null, null, Duration.ofSeconds(180), Duration.ofSeconds(2));
        long t0 = System.nanoTime();
        try (WorkerSandbox sandbox = new WorkerSandbox(config)) {
            GradeRequest request = trivial();
            GradeReport first = Judge.grade(sandbox, request);
            long firstMs = ms(t0);
            check(first);
            long pid = sandbox.workerPids().getFirst();
            String rssAfterSpawn = rss(pid);
            for (int i = 0; i < 30; i++) {
                check(Judge.grade(sandbox, request));
            }
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                check(Judge.grade(sandbox, request));
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            String rssAfterRuns = rss(pid);

            List<Long> replaceMs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long victim = sandbox.workerPids().getFirst();
                long killed = System.nanoTime();
                ProcessHandle.of(victim).orElseThrow().destroyForcibly();
                while (sandbox.workerPids().contains(victim) || sandbox.players().idleCount() < 1) {
                    Thread.sleep(5);
                }
                replaceMs.add(ms(killed));
                check(Judge.grade(sandbox, request));
            }

            System.out.printf("worker heap -Xmx%dm, confinements %s%n", heapMb, sandbox.status().confinements());
            System.out.printf("first grading after construction (spawn + warm-up + self-test + grading): %d ms%n", firstMs);
            System.out.printf("trivial 10-test grading over %d runs: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    runs, nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.95)] / 1e6, nanos[runs - 1] / 1e6);
            System.out.printf("killed worker replaced (idle again) after: %s ms%n", replaceMs);
            System.out.printf("worker memory after spawn: %s; after %d gradings: %s%n", rssAfterSpawn, runs + 30, rssAfterRuns);
        }
    }

    private static void inProcess(int runs) {
        try (GuestExecutor executor = new GraalGuestExecutor()) {
            GradeRequest request = trivial();
            for (int i = 0; i < 31; i++) {
                check(Judge.grade(executor, request));
            }
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                check(Judge.grade(executor, request));
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            System.out.printf("in-process trivial 10-test grading over %d runs: p50 %.1f ms, p95 %.1f ms%n",
                    runs, nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.95)] / 1e6);
        }
    }

    private static GradeRequest trivial() {
        List<TestCase> tests = new ArrayList<>();
        for (long i = 0; i < 10; i++) {
            tests.add(new TestCase(List.of(i, i + 1), 2 * i + 1, i < 3, "basic"));
        }
        return new GradeRequest("def solve(a, b):\n    return a + b\n", "solve", tests, Checker.EXACT, Limits.DEFAULTS, Policy.DEFAULT);
    }

    private static void check(GradeReport report) {
        if (report.verdict() != Verdict.ACCEPTED) {
            throw new IllegalStateException("benchmark grading failed: " + report);
        }
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static String rss(long pid) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("/proc/" + pid + "/status"));
        String rss = lines.stream().filter(l -> l.startsWith("VmRSS:")).findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        String hwm = lines.stream().filter(l -> l.startsWith("VmHWM:")).findFirst().orElse("VmHWM: ?").replaceAll("\\s+", " ");
        return rss + ", " + hwm;
    }
}
