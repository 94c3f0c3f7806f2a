package dev.sandcastle.bench;

import dev.sandcastle.judge.Checker;
import dev.sandcastle.judge.GradeRequest;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.judge.TestCase;
import java.util.ArrayList;
import java.util.List;

/** The submissions both graders are measured on: same code, same tests, same limits. */
final class BenchMissions {

    static final String TRIVIAL_SOLUTION = "def add(a, b):\n    return a + b\n";

    /** About 10^7 Python-level operations over ten tests: loops, arithmetic, a list and a dict. */
    static final String HEAVY_SOLUTION = """
            def solve(n):
                counts = {}
                total = 0
                for i in range(n):
                    r = (i * i + 3 * i) % 97
                    counts[r] = counts.get(r, 0) + 1
                    total += r
                return total + len(counts)
            """;

    private BenchMissions() {
    }

    static GradeRequest trivial() {
        List<TestCase> tests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tests.add(new TestCase(List.of((long) i, (long) (i * 7)), (long) (i + i * 7), i < 2, "basic"));
        }
        return new GradeRequest(TRIVIAL_SOLUTION, "add", tests, Checker.EXACT, Limits.DEFAULTS, Policy.DEFAULT);
    }

    /** The trivial solution with the imports a typical mission's solution starts with. */
    static GradeRequest trivialWithImports() {
        GradeRequest plain = trivial();
        String code = "import re\nfrom collections import Counter\nimport itertools\n\n" + TRIVIAL_SOLUTION;
        return new GradeRequest(code, plain.entryPoint(), plain.tests(), plain.checker(), plain.limits(), plain.policy());
    }

    static GradeRequest heavy() {
        List<TestCase> tests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long n = 200_000 + i;
            tests.add(new TestCase(List.of(n), heavyAnswer(n), i < 2, "heavy"));
        }
        Limits limits = new Limits(10_000, 60_000, 120_000, 256L << 20, 64 << 10, 64 << 10, 1 << 20, 32, 3_000);
        return new GradeRequest(HEAVY_SOLUTION, "solve", tests, Checker.EXACT, limits, Policy.DEFAULT);
    }

    private static long heavyAnswer(long n) {
        long[] counts = new long[97];
        long total = 0;
        for (long i = 0; i < n; i++) {
            int r = (int) ((i * i + 3 * i) % 97);
            counts[r]++;
            total += r;
        }
        int distinct = 0;
        for (long c : counts) {
            distinct += c > 0 ? 1 : 0;
        }
        return total + distinct;
    }
}
