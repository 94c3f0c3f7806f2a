package dev.sandcastle.mission;

import dev.sandcastle.judge.Judge;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sandcastle.judge.GradeReport;
import dev.sandcastle.judge.GradeRequest;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.Sandbox;
import dev.sandcastle.judge.TestCase;
import dev.sandcastle.sandbox.Verdict;
import dev.sandcastle.sandbox.worker.WorkerSandbox;
import dev.sandcastle.sandbox.worker.WorkerSandboxConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CPU-heavy missions really separate algorithms: in the production sandbox (a worker JVM)
 * and under the mission's own CPU limits, the reference solution passes every stored test and
 * the naive solution kept in {@code src/test/resources/naive/<slug>.py} runs out of time. To
 * keep the suite fast the naive one is graded on a single test, the hidden test with the
 * largest input. The wall-clock limit is raised to the server maximum because on a loaded
 * build machine wall time says little; CPU time is what these missions are about.
 */
class CpuHeavyMissionsTest {

    private static final Path NAIVE = Path.of("src/test/resources/naive");
    /** The server maxima's defaults (ServerLimits.Maxima): what a mission's limits are capped by. */
    private static final Limits MAX = new Limits(10_000, 60_000, 120_000, 512L << 20, 1 << 20, 128 << 10, 8 << 20, 100, 10_000);

    private static Sandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = new WorkerSandbox(new WorkerSandboxConfig(
                1, WorkerSandboxConfig.defaults().workerHeapMb(), null, null, Duration.ofSeconds(90), Duration.ofSeconds(1)));
    }

    @AfterAll
    static void closeSandbox() {
        sandbox.close();
    }

    static Stream<String> cpuHeavySlugs() throws IOException {
        try (Stream<Path> files = Files.list(NAIVE)) {
            return files.map(f -> f.getFileName().toString().replaceFirst("\\.py$", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cpuHeavySlugs")
    void referenceIsAcceptedAndNaiveSolutionRunsOutOfTime(String slug) throws Exception {
        MissionPackage pkg = new MissionPackageReader().read(Path.of("missions", slug));
        Limits own = MissionPackageReader.resolveLimits(pkg.limitOverrides(), Limits.DEFAULTS, MAX);
        Limits limits = new Limits(own.cpuMsPerTest(), own.cpuMsPerSubmission(), MAX.wallMs(), own.memoryBytes(),
                own.outputBytes(), own.codeBytes(), own.resultBytes(), own.resultDepth(), own.recursionDepth());
        List<TestCase> tests = pkg.tests().stream().map(MissionTest::toTestCase).toList();

        GradeReport reference = grade(pkg, pkg.referenceSolution(), tests, limits);
        assertEquals(Verdict.ACCEPTED, reference.verdict(), slug + " reference: " + reference.message());

        TestCase biggest = tests.stream().filter(t -> !t.isPublic())
                .max(Comparator.comparingInt(t -> t.args().toString().length())).orElseThrow();
        GradeReport naive = grade(pkg, Files.readString(NAIVE.resolve(slug + ".py")), List.of(biggest), limits);
        assertEquals(Verdict.TIME_LIMIT_EXCEEDED, naive.verdict(), slug + " naive: " + naive.message());
    }

    private static GradeReport grade(MissionPackage pkg, String code, List<TestCase> tests, Limits limits) {
        return Judge.grade(sandbox, new GradeRequest(code, pkg.entryPoint(), tests, pkg.checker(), limits,
                new Policy(pkg.extraBuiltins(), pkg.extraImports())));
    }
}
