package dev.sandcastle.mission;

import dev.sandcastle.sandbox.Limits;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What players see of missions. Never hidden tests, never the reference solution. */
public final class MissionViews {

    private MissionViews() {
    }

    /** One line of the catalogue. */
    public record Summary(String slug, String title, Difficulty difficulty, int points, String island, List<String> tags) {
        static Summary of(Mission m) {
            return new Summary(m.slug, m.title, m.difficulty, m.points, m.island, List.of(m.tags));
        }
    }

    /** A public example: the arguments and the expected answer. */
    public record Example(List<Object> args, Object expected, String category) {
    }

    /** How answers are compared. */
    public record CheckerView(String type, Double absTolerance, Double relTolerance) {
    }

    /**
     * The mission page: statement, starter code, examples, rules and limits. {@code hiddenTests}
     * counts hidden tests per category (what a Check will report), nothing more.
     */
    public record Detail(
            String slug,
            int version,
            String title,
            String description,
            Difficulty difficulty,
            int points,
            String island,
            List<String> tags,
            String entryPoint,
            String starterCode,
            CheckerView checker,
            Limits limits,
            List<String> extraImports,
            List<String> extraBuiltins,
            List<Example> examples,
            Map<String, Integer> hiddenTests) {

        static Detail of(Mission mission, MissionVersion v, Limits limits) {
            List<MissionTest> tests = v.tests();
            Map<String, Integer> hidden = new TreeMap<>();
            for (MissionTest test : tests) {
                if (!test.isPublic()) {
                    hidden.merge(test.category(), 1, Integer::sum);
                }
            }
            MissionDescriptor.CheckerSpec spec = v.checkerSpec();
            String type = spec == null || spec.type() == null ? "exact" : spec.type();
            CheckerView checker = "float".equals(type)
                    ? new CheckerView(type, spec.absTolerance() == null ? 1e-9 : spec.absTolerance(),
                            spec.relTolerance() == null ? 1e-9 : spec.relTolerance())
                    : new CheckerView(type, null, null);
            return new Detail(mission.slug, v.version, v.title, v.description, v.difficulty, v.points, v.island,
                    List.of(v.tags), v.entryPoint, v.starterCode, checker, limits, List.of(v.extraImports),
                    List.of(v.extraBuiltins),
                    tests.stream().filter(MissionTest::isPublic)
                            .map(t -> new Example(t.args(), t.expected(), t.category())).toList(),
                    hidden);
        }
    }
}
