package dev.sandcastle.sandbox.worker;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Measures a worker's start-up (not a test): N workers started one after the other by the
 * production launcher, each timed from process start to its first answered ping, and the CPU
 * its JVM used by then (user + system, from /proc). Once with the application's whole
 * classpath (what workers got before ADR 0064), once with the worker's own. Run:
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=runtime
 * $JAVA_HOME/bin/java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dev.sandcastle.sandbox.worker.WorkerStartupBench [workers]
 * </pre>
 * or, for the production layout, against the packaged application (its classpath is then the
 * fast-jar's; the AOT cache off so that both classpaths start cold):
 * <pre>
 * ./mvnw -DskipTests package && ./mvnw -q -o test-compile
 * $JAVA_HOME/bin/java -Dsandcastle.worker.aotCache=false \
 *     -cp target/test-classes:target/classes:target/quarkus-app/quarkus-run.jar \
 *     dev.sandcastle.sandbox.worker.WorkerStartupBench [workers]
 * </pre>
 * Numbers: docs/decisions/0064-judge-and-enforced-boundaries.md.
 */
public final class WorkerStartupBench {

    public static void main(String[] args) throws Exception {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> whole = WorkerClasspath.discovered();
        List<String> own = WorkerClasspath.forWorkers(whole);
        System.out.printf("classpath entries: application %d, worker %d%n", whole.size(), own.size());
        for (int round = 0; round < 2; round++) { // the first round warms the page cache for both
            measure(round == 0 ? "warm-up: application classpath" : "application classpath", whole, workers);
            measure(round == 0 ? "warm-up: worker classpath" : "worker classpath", own, workers);
        }
    }

    private static void measure(String label, List<String> classpath, int workers) throws Exception {
        WorkerSandboxConfig config = new WorkerSandboxConfig(1, 768, null, String.join(File.pathSeparator, classpath),
                Duration.ofSeconds(180), Duration.ofSeconds(2));
        WorkerLauncher launcher = new WorkerLauncher(config, true, List.of());
        long[] wallMs = new long[workers];
        double[] cpuMs = new double[workers];
        for (int i = 0; i < workers; i++) {
            long start = System.nanoTime();
            WorkerProcess worker = WorkerProcess.start(launcher, config.spawnTimeout());
            try {
                if (!worker.answersPing(Duration.ofSeconds(30))) {
                    throw new IllegalStateException("no pong");
                }
                wallMs[i] = (System.nanoTime() - start) / 1_000_000;
                cpuMs[i] = cpuMs(worker.pid());
            } finally {
                worker.kill();
            }
        }
        Arrays.sort(wallMs);
        Arrays.sort(cpuMs);
        System.out.printf("%-32s ready+ping wall ms: median %d (min %d, max %d); CPU ms: median %.0f (min %.0f, max %.0f)%n",
                label, wallMs[workers / 2], wallMs[0], wallMs[workers - 1], cpuMs[workers / 2], cpuMs[0], cpuMs[workers - 1]);
    }

    /** utime + stime of a process, from /proc/PID/stat (clock ticks of 10 ms). */
    private static double cpuMs(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
    }
}
