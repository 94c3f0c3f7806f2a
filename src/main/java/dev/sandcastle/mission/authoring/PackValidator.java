package dev.sandcastle.mission.authoring;

import dev.sandcastle.mission.InvalidMissionPackageException;
import dev.sandcastle.mission.MissionPackage;
import dev.sandcastle.mission.MissionPackageReader;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Sandbox;
import dev.sandcastle.sandbox.worker.WorkerSandbox;
import dev.sandcastle.sandbox.worker.WorkerSandboxConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The authors' validator: lints every package under a directory and grades each reference
 * solution (generated tests included) in the production worker sandbox, then prints one line
 * per package and the problems of the failing ones. Exit code 0 only when every package passes.
 *
 * <pre>./mvnw -q -Pvalidate process-classes              # validates missions/
 * ./mvnw -q -Pvalidate process-classes -Dvalidate.dir=path/to/packages</pre>
 */
public final class PackValidator {

    /** The server maxima of {@code ServerLimits} (its defaults): a package above them is rejected. */
    static final Limits SERVER_MAX = new Limits(10_000, 60_000, 120_000, 512L << 20, 1 << 20, 128 << 10,
            8 << 20, 100, 10_000);

    /** One package's outcome: its problems (empty when it passes). */
    public record Result(String slug, List<String> problems, int tests, int generated, long millis) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final PackageVerifier verifier;

    public PackValidator(Sandbox sandbox) {
        this.verifier = new PackageVerifier(sandbox, Limits.DEFAULTS.cappedBy(SERVER_MAX), SERVER_MAX);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "missions");
        int pool = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long start = System.nanoTime();
        List<Result> results;
        try (WorkerSandbox sandbox = new WorkerSandbox(new WorkerSandboxConfig(
                pool, 768, null, null, Duration.ofSeconds(90), Duration.ofSeconds(2)))) {
            results = new PackValidator(sandbox).validate(dir, pool);
        }
        boolean ok = print(results, System.out, dir, (System.nanoTime() - start) / 1_000_000);
        System.exit(ok ? 0 : 1);
    }

    /** Validates every package under {@code dir}, {@code parallelism} at a time, in slug order. */
    public List<Result> validate(Path dir, int parallelism) throws IOException, InterruptedException {
        MissionPackageReader reader = new MissionPackageReader();
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, parallelism));
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Path packageDir : reader.packageDirectories(dir)) {
                futures.add(executor.submit(() -> validate(reader, packageDir)));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("the validator failed", e.getCause());
                }
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    Result validate(MissionPackageReader reader, Path packageDir) {
        long start = System.nanoTime();
        String slug = packageDir.getFileName().toString();
        try {
            MissionPackage pkg = reader.read(packageDir);
            List<String> problems = new ArrayList<>();
            verifier.limitsAboveMaxima(pkg).forEach(p -> problems.add(p.message()));
            MissionPackage prepared = verifier.withGeneratedTests(pkg);
            verifier.gradeReference(prepared).forEach(p -> problems.add(p.message()));
            return new Result(slug, problems, prepared.tests().size(), prepared.tests().size() - pkg.tests().size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (InvalidMissionPackageException e) {
            return new Result(slug, e.problems(), 0, 0, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            return new Result(slug, List.of("the sandbox failed: " + e), 0, 0, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Prints the report; true when every package passed. */
    public static boolean print(List<Result> results, PrintStream out, Path dir, long millis) {
        long failed = results.stream().filter(r -> !r.ok()).count();
        for (Result r : results) {
            if (r.ok()) {
                out.printf("OK    %-24s %4d tests (%d generated)  %6d ms%n", r.slug(), r.tests(), r.generated(), r.millis());
            } else {
                out.printf("FAIL  %-24s %d problem(s)%n", r.slug(), r.problems().size());
                r.problems().forEach(p -> out.println("        - " + p));
            }
        }
        out.printf("%d package(s) in %s: %d OK, %d failed (%.1f s)%n",
                results.size(), dir, results.size() - failed, failed, millis / 1000.0);
        return failed == 0 && !results.isEmpty();
    }
}
