package dev.sandcastle.bench;

import dev.sandcastle.judge.GradeReport;
import dev.sandcastle.judge.GradeRequest;
import dev.sandcastle.judge.Judge;
import dev.sandcastle.judge.TestResult;
import dev.sandcastle.sandbox.Verdict;
import dev.sandcastle.sandbox.guest.GraalGuestExecutor;
import dev.sandcastle.sandbox.guest.GuestRuntime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One lever of the Truffle optimizing runtime at a time (ADR 0066), in-process: the CPU-heavy
 * bench mission (10 tests) and the trivial one, each submission with fresh source text (a
 * comment with its number) so no run reuses another's compiled code, on one executor with
 * the engine options given. Run it once per lever, each in its own JVM (the compile queue is
 * per JVM, not per engine).
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/jvmci-path.txt \
 *     -Dmdep.includeArtifactIds=compiler,truffle-compiler,word,collections
 * JVMCI="-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path=$(cat target/jvmci-path.txt)"
 * $JAVA_HOME/bin/java $JVMCI -Xss16m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     -Dbench.options=engine.Mode=latency,engine.CompilerThreads=1 -Dbench.processCpu=true \
 *     dev.sandcastle.bench.JitBench [heavy runs] [trivial runs]
 * </pre>
 */
public final class JitBench {

    private JitBench() {
    }

    public static void main(String[] args) {
        int heavyRuns = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int trivialRuns = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Map<String, String> options = new LinkedHashMap<>();
        String spec = System.getProperty("bench.options", "");
        for (String pair : spec.split(",")) {
            if (!pair.isBlank()) {
                String[] kv = pair.split("=", 2);
                options.put(kv[0].trim(), kv[1].trim());
            }
        }
        boolean processCpu = Boolean.getBoolean("bench.processCpu");
        boolean count = !Boolean.getBoolean("bench.noCount");
        long started = System.nanoTime();
        try (GraalGuestExecutor executor = new GraalGuestExecutor(count, new GuestRuntime(options, processCpu))) {
            boolean warm = Boolean.getBoolean("bench.warm");
            if (warm) {
                long t = System.nanoTime();
                executor.warmUp();
                executor.warmCompiler(30_000);
                System.out.printf("warm-up (imports + compiler training): %d ms wall%n", ms(t));
            }
            System.out.printf("engine %s, options %s, process CPU %s, counting %s, warm-up %s: %d ms%n",
                    executor.engineImplementation(), options, processCpu, count, warm, ms(started));
            GradeRequest heavy = BenchMissions.heavy();
            List<Double> heavyWall = new ArrayList<>();
            for (int run = 0; run < heavyRuns; run++) {
                GradeRequest fresh = fresh(heavy, run);
                long t0 = System.nanoTime();
                GradeReport report = Judge.grade(executor, fresh);
                double wall = (System.nanoTime() - t0) / 1e6;
                heavyWall.add(wall);
                StringBuilder perTest = new StringBuilder();
                for (TestResult test : report.tests()) {
                    perTest.append(test.cpuMs()).append(' ');
                }
                System.out.printf("heavy %2d: %s wall %6.0f ms, cpu %5d ms, statements %d, per-test cpu [%s]%n",
                        run, report.verdict(), wall, report.cpuMs(), report.statements(), perTest.toString().trim());
                if (report.verdict() != Verdict.ACCEPTED) {
                    System.out.println("  message: " + report.message());
                }
            }
            GradeRequest trivial = BenchMissions.trivial();
            List<Double> trivialWall = new ArrayList<>();
            long t1 = System.nanoTime();
            for (int run = 0; run < trivialRuns; run++) {
                long t0 = System.nanoTime();
                GradeReport report = Judge.grade(executor, fresh(trivial, run));
                trivialWall.add((System.nanoTime() - t0) / 1e6);
                if (report.verdict() != Verdict.ACCEPTED) {
                    System.out.println("trivial " + run + ": " + report.verdict() + " " + report.message());
                }
            }
            double seconds = (System.nanoTime() - t1) / 1e9;
            System.out.println("heavy   " + Stats.of(heavyWall.subList(Math.min(1, heavyWall.size()), heavyWall.size()),
                    1).line() + " (first run left out)");
            System.out.println("trivial " + Stats.of(trivialWall, seconds).line());
        }
    }

    /** The same submission with source text no earlier run had. */
    private static GradeRequest fresh(GradeRequest request, int run) {
        return new GradeRequest(request.solution() + "\n# submission " + run + " " + System.nanoTime() + "\n",
                request.entryPoint(), request.tests(), request.checker(), request.limits(), request.policy());
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
