package dev.sandcastle.mission;

import dev.sandcastle.judge.Checker;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated mission package: everything one version of a mission consists of. The content
 * hash covers every file, so an unchanged package is recognised and not re-versioned.
 *
 * @param limitOverrides the limits the mission sets (field name of {@code Limits} to value);
 *                       missing ones take the server defaults, all are capped by the maxima
 *                       when grading
 */
public record MissionPackage(
        String slug,
        String title,
        String description,
        Difficulty difficulty,
        int points,
        String island,
        List<String> tags,
        String entryPoint,
        String starterCode,
        String referenceSolution,
        MissionDescriptor.CheckerSpec checkerSpec,
        String checkerSource,
        Map<String, Long> limitOverrides,
        Set<String> extraImports,
        Set<String> extraBuiltins,
        List<MissionTest> tests,
        MissionDescriptor.GeneratorSpec generator,
        String generatorSource,
        String contentHash) {

    public MissionPackage {
        tags = List.copyOf(tags);
        limitOverrides = Map.copyOf(limitOverrides);
        extraImports = Set.copyOf(extraImports);
        extraBuiltins = Set.copyOf(extraBuiltins);
        tests = List.copyOf(tests);
    }

    /** The same package with other tests (e.g. generated ones added at publish time). */
    public MissionPackage withTests(List<MissionTest> newTests) {
        return new MissionPackage(slug, title, description, difficulty, points, island, tags, entryPoint, starterCode,
                referenceSolution, checkerSpec, checkerSource, limitOverrides, extraImports, extraBuiltins, newTests,
                generator, generatorSource, contentHash);
    }

    public Checker checker() {
        return toChecker(checkerSpec, checkerSource);
    }

    static Checker toChecker(MissionDescriptor.CheckerSpec spec, String customSource) {
        String type = spec == null || spec.type() == null ? "exact" : spec.type();
        return switch (type) {
            case "exact" -> Checker.EXACT;
            case "float" -> Checker.floats(
                    spec.absTolerance() == null ? 1e-9 : spec.absTolerance(),
                    spec.relTolerance() == null ? 1e-9 : spec.relTolerance());
            case "unordered" -> Checker.unordered();
            case "custom" -> Checker.custom(customSource);
            default -> throw new IllegalArgumentException("unknown checker type " + type);
        };
    }
}
