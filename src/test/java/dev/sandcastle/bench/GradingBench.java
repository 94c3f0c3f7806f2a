package dev.sandcastle.bench;

import dev.sandcastle.judge.Judge;
import dev.sandcastle.judge.GradeReport;
import dev.sandcastle.judge.GradeRequest;
import dev.sandcastle.sandbox.Verdict;
import dev.sandcastle.judge.check.ExactChecker;
import dev.sandcastle.sandbox.worker.WorkerSandbox;
import dev.sandcastle.sandbox.worker.WorkerSandboxConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sandcastle's grader against the usual peer (a fresh CPython process per submission), side by
 * side in one run on the same tests: see docs/performance.md for the command and the figures.
 * Not a unit test: it prints numbers.
 */
public final class GradingBench {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 40);
    private static final int RUNS = Integer.getInteger("bench.runs", 200);
    private static final int HEAVY_RUNS = Integer.getInteger("bench.heavyRuns", 5);

    private final Map<String, Double> ratios = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        new GradingBench().run(args.length > 0 ? args[0] : null);
        System.exit(0);
    }

    private void run(String packagedApp) throws Exception {
        System.out.printf("Sandcastle grading benchmark: %d cores, warm-up %d, %d runs per series, peer %s%n",
                Runtime.getRuntime().availableProcessors(), WARMUP, RUNS, PeerGrader.PYTHON);
        PeerGrader peer = new PeerGrader(ExactChecker::equal);
        WorkerSandboxConfig config = WorkerSandboxConfig.defaults();
        long spawnStarted = System.nanoTime();
        try (WorkerSandbox sandcastle = new WorkerSandbox(config)) {
            expect(Judge.grade(sandcastle, BenchMissions.trivial()).verdict());
            System.out.printf("pool of %d workers; first graded submission after %.0f ms%n",
                    config.poolSize(), (System.nanoTime() - spawnStarted) / 1e6);

            GradeRequest trivial = BenchMissions.trivial();
            Series.Action ours = () -> expect(Judge.grade(sandcastle, trivial).verdict());
            Series.Action theirs = () -> expect(peer.grade(trivial));
            Series.measure(ours, WARMUP, 2);
            Series.measure(theirs, WARMUP, 2);
            for (int concurrency : new int[] {1, 2}) {
                Stats s = Series.measure(ours, RUNS, concurrency);
                Stats p = Series.measure(theirs, RUNS, concurrency);
                report("1/2 trivial 10-test grading, concurrency " + concurrency, s, p);
            }
            GradeRequest importing = BenchMissions.trivialWithImports();
            Stats si = Series.measure(() -> expect(Judge.grade(sandcastle, importing).verdict()), RUNS / 2, 1);
            Stats pi = Series.measure(() -> expect(peer.grade(importing)), RUNS / 2, 1);
            report("1b the same solution importing re, collections, itertools, concurrency 1", si, pi);

            GradeRequest heavy = BenchMissions.heavy();
            Series.Action oursHeavy = () -> expect(Judge.grade(sandcastle, heavy).verdict());
            Series.Action theirsHeavy = () -> expect(peer.grade(heavy));
            Stats s = Series.measure(oursHeavy, HEAVY_RUNS, 1);
            Stats p = Series.measure(theirsHeavy, HEAVY_RUNS, 1);
            report("3 CPU-heavy grading (~10^7 Python operations), concurrency 1", s, p);
            GradeReport sample = Judge.grade(sandcastle, heavy);
            System.out.printf("   heavy report: verdict %s, guest cpu %d ms, statements %d%n",
                    sample.verdict(), sample.cpuMs(), sample.statements());
            if (Boolean.parseBoolean(System.getProperty("bench.peak", "true"))) {
                peakJit(config, heavy, p);
            }
        }
        if (packagedApp != null) {
            new HttpBench(packagedApp).run();
        } else {
            System.out.println("4 HTTP end to end: skipped (pass the packaged application's quarkus-run.jar)");
        }
        System.out.println();
        System.out.println("Ratios Sandcastle/peer (latency: lower is better; throughput: higher is better)");
        ratios.forEach((name, ratio) -> System.out.printf("  %-62s %.2fx%n", name, ratio));
    }

    /** The same CPU-heavy grading on workers with C2 (sandcastle.sandbox.jit=peak): cold first run, then warm. */
    private void peakJit(WorkerSandboxConfig config, GradeRequest heavy, Stats peer) throws Exception {
        long started = System.nanoTime();
        try (WorkerSandbox peak = new WorkerSandbox(config.withJit(WorkerSandboxConfig.Jit.PEAK))) {
            expect(Judge.grade(peak, BenchMissions.trivial()).verdict());
            double firstGraded = (System.nanoTime() - started) / 1e6;
            long cold = System.nanoTime();
            GradeReport first = Judge.grade(peak, heavy);
            expect(first.verdict());
            double coldMs = (System.nanoTime() - cold) / 1e6;
            Series.measure(() -> expect(Judge.grade(peak, heavy).verdict()), 2, 1);
            Stats warm = Series.measure(() -> expect(Judge.grade(peak, heavy).verdict()), HEAVY_RUNS, 1);
            System.out.printf("   peak JIT pool: first graded submission after %.0f ms; first CPU-heavy grading %.0f ms"
                    + " (guest cpu %d ms)%n", firstGraded, coldMs, first.cpuMs());
            report("3b CPU-heavy grading, workers with sandcastle.sandbox.jit=peak, warm", warm, peer);
        }
    }

    private void report(String title, Stats ours, Stats theirs) {
        System.out.println(title);
        System.out.println("   sandcastle: " + ours.line());
        System.out.println("   peer:       " + theirs.line());
        ratios.put(title + " p50 latency", ours.p50() / theirs.p50());
        ratios.put(title + " throughput", ours.perSecond() / theirs.perSecond());
    }

    private static void expect(Verdict verdict) {
        if (verdict != Verdict.ACCEPTED) {
            throw new IllegalStateException("benchmark submission was not accepted: " + verdict);
        }
    }

}
