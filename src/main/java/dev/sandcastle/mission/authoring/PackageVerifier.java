package dev.sandcastle.mission.authoring;

import dev.sandcastle.judge.Judge;
import dev.sandcastle.mission.InvalidMissionPackageException;
import dev.sandcastle.mission.MissionPackage;
import dev.sandcastle.mission.PackageProblem;
import dev.sandcastle.mission.MissionPackageReader;
import dev.sandcastle.mission.MissionTest;
import dev.sandcastle.judge.Checker;
import dev.sandcastle.judge.GradeReport;
import dev.sandcastle.judge.GradeRequest;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.PlainData;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.Sandbox;
import dev.sandcastle.judge.TestCase;
import dev.sandcastle.judge.TestResult;
import dev.sandcastle.sandbox.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The publish-time work on a package, in the sandbox: draws the generated tests and grades
 * the reference solution against every test. Plain Java (no Quarkus), shared by the
 * publish-time preparers and the command-line {@link PackValidator}.
 */
public final class PackageVerifier {

    /** The function wrapped around generator.py: {@code random} is imported here, the generator only gets rng. */
    static final String GENERATE_ENTRY = "sandcastle_generate_tests";
    private static final String GENERATE_WRAPPER = "\n\nimport random as sandcastle_random\n\n"
            + "def " + GENERATE_ENTRY + "(seed, count):\n"
            + "    return generate(sandcastle_random.Random(seed), count)\n";
    private static final int SHOWN_CHARS = 200;

    private final Sandbox sandbox;
    private final Limits defaults;
    private final Limits maxima;

    public PackageVerifier(Sandbox sandbox, Limits defaults, Limits maxima) {
        this.sandbox = sandbox;
        this.defaults = defaults;
        this.maxima = maxima;
    }

    /** The limits a player's solution of this package is graded with. */
    public Limits limitsOf(MissionPackage pkg) {
        return MissionPackageReader.resolveLimits(pkg.limitOverrides(), defaults, maxima);
    }

    /** Limits the package asks for above the server maxima (they would be silently capped). */
    public List<PackageProblem> limitsAboveMaxima(MissionPackage pkg) {
        List<PackageProblem> problems = new ArrayList<>();
        Map<String, Long> max = Map.of(
                "cpuMsPerTest", maxima.cpuMsPerTest(), "cpuMsPerSubmission", maxima.cpuMsPerSubmission(),
                "wallMs", maxima.wallMs(), "memoryBytes", maxima.memoryBytes(), "outputBytes", maxima.outputBytes(),
                "codeBytes", (long) maxima.codeBytes(), "resultBytes", (long) maxima.resultBytes(),
                "resultDepth", (long) maxima.resultDepth(), "recursionDepth", (long) maxima.recursionDepth());
        for (String name : new TreeSet<>(pkg.limitOverrides().keySet())) {
            Long cap = max.get(name);
            if (cap != null && pkg.limitOverrides().get(name) > cap) {
                problems.add(new PackageProblem(PackageProblem.MISSION, "limit '" + name + "' is "
                        + pkg.limitOverrides().get(name) + ", above the server maximum of " + cap));
            }
        }
        return problems;
    }

    /**
     * The package with its generated tests appended (hidden, in the generator's category):
     * generator.py draws the arguments from {@code random.Random(seed)}, the reference solution
     * computes the answers. Deterministic for a seed. A package without a generator is returned as is.
     */
    public MissionPackage withGeneratedTests(MissionPackage pkg) throws InvalidMissionPackageException {
        if (pkg.generator() == null) {
            return pkg;
        }
        List<List<Object>> argumentLists = generate(pkg);
        String category = pkg.generator().category() == null ? "generated" : pkg.generator().category();
        List<TestCase> calls = argumentLists.stream().map(args -> new TestCase(args, null, true, category)).toList();
        GradeReport answers = Judge.grade(sandbox, new GradeRequest(
                pkg.referenceSolution(), pkg.entryPoint(), calls, Checker.EXACT, limitsOf(pkg), policyOf(pkg)));
        List<PackageProblem> problems = new ArrayList<>();
        if (answers.tests().isEmpty()) {
            throw new InvalidMissionPackageException(pkg.slug(), List.of(new PackageProblem(PackageProblem.REFERENCE,
                    "reference.py could not compute the generated answers: " + answers.verdict() + ": " + answers.message())));
        }
        List<MissionTest> tests = new ArrayList<>(pkg.tests());
        for (TestResult result : answers.tests()) {
            // expected was null, so any returned value is WRONG_ANSWER (or ACCEPTED for None): both are answers
            if (result.verdict() != Verdict.ACCEPTED && result.verdict() != Verdict.WRONG_ANSWER) {
                problems.add(new PackageProblem(PackageProblem.GENERATOR, "generated test " + (result.index() + 1) + " "
                        + shown(argumentLists.get(result.index())) + ": reference.py: " + result.verdict() + ": "
                        + result.message()));
            } else {
                tests.add(new MissionTest(argumentLists.get(result.index()), result.actual(), false, category).normalized());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidMissionPackageException(pkg.slug(), problems);
        }
        return pkg.withTests(tests);
    }

    /** The argument lists generator.py draws for the package's seed and count. */
    public List<List<Object>> generate(MissionPackage pkg) throws InvalidMissionPackageException {
        long seed = pkg.generator().seed();
        int count = pkg.generator().count();
        Limits limits = limitsOf(pkg);
        // the generator is the author's tool, not a solution: it gets the server maxima for time and
        // for its one result (all the tests), the mission's limits for the rest
        Limits generatorLimits = new Limits(maxima.cpuMsPerTest(), maxima.cpuMsPerSubmission(), maxima.wallMs(),
                limits.memoryBytes(), limits.outputBytes(), maxima.codeBytes(), maxima.resultBytes(),
                maxima.resultDepth(), limits.recursionDepth());
        GradeReport report = Judge.grade(sandbox, new GradeRequest(pkg.generatorSource() + GENERATE_WRAPPER, GENERATE_ENTRY,
                List.of(new TestCase(List.of(seed, (long) count), null, true, "generator")), Checker.EXACT,
                generatorLimits, policyOf(pkg)));
        if (report.tests().isEmpty()) {
            throw invalidGenerator(pkg, "generator.py failed to load: " + report.verdict() + ": " + report.message());
        }
        TestResult result = report.tests().getFirst();
        if (result.verdict() != Verdict.WRONG_ANSWER && result.verdict() != Verdict.ACCEPTED) {
            throw invalidGenerator(pkg, "generator.py: generate(rng, " + count + ") failed: " + result.verdict() + ": "
                    + result.message());
        }
        if (!(result.actual() instanceof List<?> lists) || lists.size() != count) {
            throw invalidGenerator(pkg, "generator.py: generate(rng, " + count + ") must return a list of " + count
                    + " argument lists, not " + shown(result.actual()));
        }
        List<List<Object>> argumentLists = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            if (!(lists.get(i) instanceof List<?> args)) {
                throw invalidGenerator(pkg, "generator.py: item " + i + " must be a list of arguments, not " + shown(lists.get(i)));
            }
            @SuppressWarnings("unchecked")
            List<Object> normalized = (List<Object>) PlainData.normalize(args);
            argumentLists.add(normalized);
        }
        return argumentLists;
    }

    /**
     * Grades the reference solution against every test with the mission's checker (a custom
     * checker is exercised on each) and the limits players get. Returns one line per failing
     * test (empty when the reference passes), with arguments, expected and actual values: the
     * author owns the hidden tests, so nothing is redacted.
     */
    public List<PackageProblem> gradeReference(MissionPackage pkg) {
        List<TestCase> tests = pkg.tests().stream()
                .map(t -> new TestCase(t.args(), t.expected(), true, t.category())).toList();
        GradeReport report = Judge.grade(sandbox, new GradeRequest(
                pkg.referenceSolution(), pkg.entryPoint(), tests, pkg.checker(), limitsOf(pkg), policyOf(pkg)));
        List<PackageProblem> problems = new ArrayList<>();
        if (report.tests().isEmpty() && !report.verdict().accepted()) {
            problems.add(new PackageProblem(PackageProblem.REFERENCE, "reference.py: " + report.verdict() + ": " + report.message()));
            return problems;
        }
        for (TestResult result : report.tests()) {
            if (result.verdict().accepted()) {
                continue;
            }
            MissionTest test = pkg.tests().get(result.index());
            StringBuilder line = new StringBuilder("test " + (result.index() + 1)
                    + " (" + (test.isPublic() ? "public" : "hidden") + ", " + test.category() + ") args "
                    + shown(test.args()) + ": " + result.verdict());
            if (result.verdict() == Verdict.WRONG_ANSWER) {
                line.append(": expected ").append(shown(test.expected())).append(", got ").append(shown(result.actual()));
            }
            if (result.message() != null && !result.message().isBlank() && !result.message().equals(result.verdict().wording())) {
                line.append(" (").append(result.message()).append(')');
            }
            problems.add(PackageProblem.test(result.index(), line.toString()));
        }
        return problems;
    }

    private static Policy policyOf(MissionPackage pkg) {
        return new Policy(pkg.extraBuiltins(), pkg.extraImports());
    }

    private static InvalidMissionPackageException invalidGenerator(MissionPackage pkg, String problem) {
        return new InvalidMissionPackageException(pkg.slug(), List.of(new PackageProblem(PackageProblem.GENERATOR, problem)));
    }

    static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "... (" + text.length() + " chars)";
    }
}
