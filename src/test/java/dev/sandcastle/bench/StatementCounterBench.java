package dev.sandcastle.bench;

import dev.sandcastle.judge.GradeReport;
import dev.sandcastle.judge.GradeRequest;
import dev.sandcastle.judge.Judge;
import dev.sandcastle.sandbox.Verdict;
import dev.sandcastle.sandbox.guest.GraalGuestExecutor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the statement counter costs (docs/decisions/0003): the CPU-heavy bench submission graded
 * in-process, alternately by an executor that counts statements and one that does not, both
 * in this JVM (same machine load for both). Prints the guest CPU of each grading after warm-up.
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * $JAVA_HOME/bin/java -Xss16m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dev.sandcastle.bench.StatementCounterBench [warm-up rounds] [measured rounds]
 * </pre>
 */
public final class StatementCounterBench {

    private StatementCounterBench() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        GradeRequest heavy = BenchMissions.heavy();
        List<Long> counted = new ArrayList<>();
        List<Long> uncounted = new ArrayList<>();
        try (GraalGuestExecutor on = new GraalGuestExecutor(true); GraalGuestExecutor off = new GraalGuestExecutor(false)) {
            for (int round = 0; round < warmUp + rounds; round++) {
                // alternate which goes first so that neither always meets a warmer machine
                boolean onFirst = round % 2 == 0;
                GradeReport first = grade(onFirst ? on : off, heavy);
                GradeReport second = grade(onFirst ? off : on, heavy);
                GradeReport withCounter = onFirst ? first : second;
                GradeReport without = onFirst ? second : first;
                System.out.printf("round %2d%s: counting %5d ms guest CPU (%d statements), not counting %5d ms%n",
                        round, round < warmUp ? " (warm-up)" : "", withCounter.cpuMs(), withCounter.statements(),
                        without.cpuMs());
                if (round >= warmUp) {
                    counted.add(withCounter.cpuMs());
                    uncounted.add(without.cpuMs());
                }
            }
        }
        Collections.sort(counted);
        Collections.sort(uncounted);
        long on = counted.get(counted.size() / 2);
        long off = uncounted.get(uncounted.size() / 2);
        System.out.printf("median guest CPU: counting %d ms (range %d-%d), not counting %d ms (range %d-%d): %+.0f%%%n",
                on, counted.getFirst(), counted.getLast(), off, uncounted.getFirst(), uncounted.getLast(),
                100.0 * (on - off) / off);
    }

    private static GradeReport grade(GraalGuestExecutor executor, GradeRequest request) {
        GradeReport report = Judge.grade(executor, request);
        if (report.verdict() != Verdict.ACCEPTED) {
            throw new IllegalStateException("the heavy bench submission was not accepted: " + report.verdict());
        }
        return report;
    }
}
