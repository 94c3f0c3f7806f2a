package dev.sandcastle.mission;

import java.util.List;
import java.util.Map;

/** mission.json as written by an author; validated by {@link MissionPackageReader}. */
public record MissionDescriptor(
        String title,
        String difficulty,
        Integer points,
        String island,
        List<String> tags,
        String entryPoint,
        CheckerSpec checker,
        Map<String, Long> limits,
        List<String> extraImports,
        List<String> extraBuiltins,
        GeneratorSpec generator) {

    /** {@code checker}: exact, float (with tolerances), unordered or custom (checker.py). */
    public record CheckerSpec(String type, Double absTolerance, Double relTolerance) {
    }

    /** {@code generator}: generator.py produces {@code count} hidden tests from {@code seed}. */
    public record GeneratorSpec(Long seed, Integer count, String category) {
    }
}
