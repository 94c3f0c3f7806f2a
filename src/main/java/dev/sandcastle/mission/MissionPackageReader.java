package dev.sandcastle.mission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and validates a mission package directory (format: docs/missions.md). Plain Java with
 * no Quarkus dependency, so a command-line validator can use it too. Collects every problem of
 * a package before failing, with messages that name the file and field.
 */
public final class MissionPackageReader {

    public static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{2,63}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** Every file that belongs to a package; the content hash covers exactly these. */
    static final List<String> FILES = List.of(
            "mission.json", "description.md", "reference.py", "tests.json", "starter.py", "checker.py", "generator.py");
    static final Set<String> LIMIT_FIELDS = Set.of(
            "cpuMsPerTest", "cpuMsPerSubmission", "wallMs", "memoryBytes", "outputBytes", "codeBytes",
            "resultBytes", "resultDepth", "recursionDepth");

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Reads every package directory under {@code root}, in slug order. */
    public List<Path> packageDirectories(Path root) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(dir -> !dir.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    public MissionPackage read(Path directory) throws InvalidMissionPackageException {
        String slug = directory.getFileName().toString();
        List<PackageProblem> problems = new ArrayList<>();
        if (!SLUG.matcher(slug).matches()) {
            problems.add(new PackageProblem(PackageProblem.MISSION, "the folder name '" + slug + "' is not a valid slug (3-64 of a-z, 0-9 and '-', starting with a letter)"));
        }
        String descriptorText = file(directory, "mission.json", true, problems);
        String description = file(directory, "description.md", true, problems);
        String reference = file(directory, "reference.py", true, problems);
        String testsText = file(directory, "tests.json", true, problems);
        String starter = file(directory, "starter.py", false, problems);
        String checkerSource = file(directory, "checker.py", false, problems);
        String generatorSource = file(directory, "generator.py", false, problems);

        MissionDescriptor descriptor = parse(descriptorText, "mission.json", new TypeReference<>() { }, problems);
        List<MissionTest> tests = parse(testsText, "tests.json", new TypeReference<List<MissionTest>>() { }, problems);
        if (descriptor == null) {
            throw new InvalidMissionPackageException(slug, problems);
        }

        Difficulty difficulty = null;
        if (descriptor.title() == null || descriptor.title().isBlank() || descriptor.title().length() > 200) {
            problems.add(new PackageProblem(PackageProblem.MISSION, "mission.json: 'title' is required (at most 200 characters)"));
        }
        try {
            difficulty = Difficulty.valueOf(String.valueOf(descriptor.difficulty()));
        } catch (IllegalArgumentException e) {
            problems.add(new PackageProblem(PackageProblem.MISSION, "mission.json: 'difficulty' must be EASY, MEDIUM or HARD, not " + descriptor.difficulty()));
        }
        if (descriptor.points() == null || descriptor.points() < 1 || descriptor.points() > 1000) {
            problems.add(new PackageProblem(PackageProblem.MISSION, "mission.json: 'points' must be 1-1000"));
        }
        if (descriptor.entryPoint() == null || !IDENTIFIER.matcher(descriptor.entryPoint()).matches()) {
            problems.add(new PackageProblem(PackageProblem.MISSION, "mission.json: 'entryPoint' must be a Python function name"));
        }
        if (descriptor.island() != null && !TAG.matcher(descriptor.island()).matches()) {
            problems.add(new PackageProblem(PackageProblem.MISSION, "mission.json: 'island' must be lower-case letters, digits and '-'"));
        }
        Set<String> tags = new LinkedHashSet<>();
        if (descriptor.island() != null) {
            tags.add(descriptor.island());
        }
        for (String tag : descriptor.tags() == null ? List.<String>of() : descriptor.tags()) {
            if (tag == null || !TAG.matcher(tag).matches()) {
                problems.add(new PackageProblem(PackageProblem.MISSION, "mission.json: tag '" + tag + "' must be lower-case letters, digits and '-'"));
            } else {
                tags.add(tag);
            }
        }
        checkChecker(descriptor.checker(), checkerSource, problems);
        checkLimits(descriptor.limits(), problems);
        Set<String> extraImports = strings(descriptor.extraImports());
        Set<String> extraBuiltins = strings(descriptor.extraBuiltins());
        try {
            new Policy(extraBuiltins, extraImports);
        } catch (IllegalArgumentException e) {
            problems.add(new PackageProblem(PackageProblem.MISSION, "mission.json: 'extraImports': " + e.getMessage()));
        }
        checkGenerator(descriptor.generator(), generatorSource, problems);
        List<MissionTest> normalizedTests = checkTests(tests, descriptor.generator() != null, problems);
        if (description != null && description.isBlank()) {
            problems.add(new PackageProblem("description", "description.md is empty"));
        }
        if (reference != null && reference.isBlank()) {
            problems.add(new PackageProblem(PackageProblem.REFERENCE, "reference.py is empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMissionPackageException(slug, problems);
        }
        String starterCode = starter != null && !starter.isBlank()
                ? starter
                : "def " + descriptor.entryPoint() + "(*args):\n    # your code here\n    return None\n";
        return new MissionPackage(slug, descriptor.title().strip(), description, difficulty, descriptor.points(),
                descriptor.island(), List.copyOf(tags), descriptor.entryPoint(), starterCode, reference,
                descriptor.checker(), checkerSource, descriptor.limits() == null ? Map.of() : descriptor.limits(),
                extraImports, extraBuiltins, normalizedTests, descriptor.generator(), generatorSource,
                hash(directory));
    }

    private static void checkChecker(MissionDescriptor.CheckerSpec checker, String checkerSource, List<PackageProblem> problems) {
        String type = checker == null || checker.type() == null ? "exact" : checker.type();
        if (!Set.of("exact", "float", "unordered", "custom").contains(type)) {
            problems.add(new PackageProblem(PackageProblem.MISSION, "mission.json: 'checker.type' must be exact, float, unordered or custom, not " + type));
        }
        if (checker != null && (negative(checker.absTolerance()) || negative(checker.relTolerance()))) {
            problems.add(new PackageProblem(PackageProblem.MISSION, "mission.json: checker tolerances must be 0 or more"));
        }
        if (checker != null && !"float".equals(type) && (checker.absTolerance() != null || checker.relTolerance() != null)) {
            problems.add(new PackageProblem(PackageProblem.MISSION, "mission.json: tolerances only apply to the float checker"));
        }
        if ("custom".equals(type) && (checkerSource == null || !checkerSource.contains("def check("))) {
            problems.add(new PackageProblem("checker", "checker.py with a check(args, expected, actual) function is required by the custom checker"));
        }
        if (!"custom".equals(type) && checkerSource != null) {
            problems.add(new PackageProblem("checker", "checker.py is present but checker.type is " + type + ", not custom"));
        }
    }

    private static boolean negative(Double value) {
        return value != null && !(value >= 0);
    }

    private static void checkLimits(Map<String, Long> limits, List<PackageProblem> problems) {
        if (limits == null) {
            return;
        }
        for (Map.Entry<String, Long> limit : limits.entrySet()) {
            if (!LIMIT_FIELDS.contains(limit.getKey())) {
                problems.add(new PackageProblem(PackageProblem.MISSION, "mission.json: unknown limit '" + limit.getKey() + "' (known: " + new TreeSet<>(LIMIT_FIELDS) + ")"));
            } else if (limit.getValue() == null || limit.getValue() <= 0) {
                problems.add(new PackageProblem(PackageProblem.MISSION, "mission.json: limit '" + limit.getKey() + "' must be a positive number"));
            }
        }
    }

    private static void checkGenerator(MissionDescriptor.GeneratorSpec generator, String source, List<PackageProblem> problems) {
        if (generator == null) {
            if (source != null) {
                problems.add(new PackageProblem(PackageProblem.GENERATOR, "generator.py is present but mission.json has no 'generator'"));
            }
            return;
        }
        if (generator.seed() == null) {
            problems.add(new PackageProblem(PackageProblem.MISSION, "mission.json: 'generator.seed' is required"));
        }
        if (generator.count() == null || generator.count() < 1 || generator.count() > 1000) {
            problems.add(new PackageProblem(PackageProblem.MISSION, "mission.json: 'generator.count' must be 1-1000"));
        }
        if (source == null || !source.contains("def generate(")) {
            problems.add(new PackageProblem(PackageProblem.GENERATOR, "generator.py with a generate(rng, count) function is required by 'generator'"));
        }
    }

    private static List<MissionTest> checkTests(List<MissionTest> tests, boolean generated, List<PackageProblem> problems) {
        if (tests == null) {
            return List.of();
        }
        List<MissionTest> normalized = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            MissionTest test = tests.get(i);
            if (test == null || test.args() == null) {
                problems.add(new PackageProblem(PackageProblem.TESTS, "tests.json: test " + i + " needs 'args' (a list of arguments)"));
                continue;
            }
            if (depth(test.args(), 0) > MAX_TEST_DEPTH || depth(test.expected(), 0) > MAX_TEST_DEPTH) {
                // a worker decodes, passes and compares these recursively: a deep one kills it at every grading
                problems.add(new PackageProblem(PackageProblem.TESTS, "tests.json: test " + i + " is nested more than " + MAX_TEST_DEPTH + " levels deep"));
                continue;
            }
            try {
                normalized.add(test.normalized());
            } catch (IllegalArgumentException e) {
                problems.add(new PackageProblem(PackageProblem.TESTS, "tests.json: test " + i + ": " + e.getMessage()));
            }
        }
        if (normalized.stream().noneMatch(MissionTest::isPublic)) {
            problems.add(new PackageProblem(PackageProblem.TESTS, "tests.json: at least one public test (an example) is required"));
        }
        if (!generated && normalized.stream().allMatch(MissionTest::isPublic)) {
            problems.add(new PackageProblem(PackageProblem.TESTS, "tests.json: at least one hidden test (\"public\": false) is required"));
        }
        return normalized;
    }

    /** How deeply a test's arguments or answer may nest lists and objects (the largest result-depth limit). */
    public static final int MAX_TEST_DEPTH = 100;

    /** Nesting depth of plain JSON data, stopping as soon as it is past the limit. */
    static int depth(Object value, int level) {
        if (level > MAX_TEST_DEPTH) {
            return level;
        }
        Iterable<?> children = value instanceof Map<?, ?> map ? map.values() : value instanceof List<?> list ? list : null;
        if (children == null) {
            return level;
        }
        int deepest = level + 1;
        for (Object child : children) {
            deepest = Math.max(deepest, depth(child, level + 1));
            if (deepest > MAX_TEST_DEPTH) {
                break;
            }
        }
        return deepest;
    }

    private static Set<String> strings(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values.stream().filter(v -> v != null && !v.isBlank()).toList());
    }

    private <T> T parse(String text, String name, TypeReference<T> type, List<PackageProblem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            problems.add(PackageProblem.inFile(name, name + ": " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : "")));
            return null;
        }
    }

    private static String file(Path directory, String name, boolean required, List<PackageProblem> problems) {
        Path path = directory.resolve(name);
        if (!Files.isRegularFile(path)) {
            if (required) {
                problems.add(PackageProblem.inFile(name, name + " is missing"));
            }
            return null;
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(PackageProblem.inFile(name, name + " cannot be read as UTF-8 text: " + e.getMessage()));
            return null;
        }
    }

    /** SHA-256 over the name and bytes of every package file present, in a fixed order. */
    static String hash(Path directory) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : FILES) {
                Path path = directory.resolve(name);
                if (Files.isRegularFile(path)) {
                    byte[] content = Files.readAllBytes(path);
                    digest.update((name + "\0" + content.length + "\0").getBytes(StandardCharsets.UTF_8));
                    digest.update(content);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash " + directory, e);
        }
    }

    /** Limits resolution shared by grading and the mission view. */
    public static Limits resolveLimits(Map<String, Long> overrides, Limits defaults, Limits max) {
        long cpuMsPerTest = overrides.getOrDefault("cpuMsPerTest", defaults.cpuMsPerTest());
        long cpuMsPerSubmission = overrides.getOrDefault("cpuMsPerSubmission", defaults.cpuMsPerSubmission());
        long wallMs = overrides.getOrDefault("wallMs", defaults.wallMs());
        long memoryBytes = overrides.getOrDefault("memoryBytes", defaults.memoryBytes());
        long outputBytes = overrides.getOrDefault("outputBytes", defaults.outputBytes());
        long codeBytes = overrides.getOrDefault("codeBytes", (long) defaults.codeBytes());
        long resultBytes = overrides.getOrDefault("resultBytes", (long) defaults.resultBytes());
        long resultDepth = overrides.getOrDefault("resultDepth", (long) defaults.resultDepth());
        long recursionDepth = overrides.getOrDefault("recursionDepth", (long) defaults.recursionDepth());
        return new Limits(cpuMsPerTest, cpuMsPerSubmission, wallMs, memoryBytes, outputBytes,
                clamp(codeBytes), clamp(resultBytes), clamp(resultDepth), clamp(recursionDepth)).cappedBy(max);
    }

    private static int clamp(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }
}
