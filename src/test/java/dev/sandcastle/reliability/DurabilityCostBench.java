package dev.sandcastle.reliability;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a durable embedded database (fsync and synchronous_commit on, the default) costs against
 * zonky's test settings (both off): the packaged application is started once each way on a fresh
 * data directory, then (1) the latency of a small committed transaction on its server, and
 * (2) grading throughput: a burst of trivial submissions from the API to the last verdict.
 * Not a test: it prints numbers (docs/reliability.md). Run after {@code ./mvnw -DskipTests package}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.sandcastle.reliability.DurabilityCostBench [burst [rounds]]}
 */
public final class DurabilityCostBench {

    private static final String TRIVIAL = "def add(a, b):\n    return a + b\n";

    public static void main(String[] args) throws Exception {
        int burst = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        for (int round = 0; round < rounds; round++) {
            run(false, burst);
            run(true, burst);
        }
        System.exit(0);
    }

    private static void run(boolean durable, int burst) throws Exception {
        PackagedApp app = new PackagedApp(Files.createTempDirectory("sandcastle-durability"));
        app.start(Map.of(
                "SANDCASTLE_DATABASE_EMBEDDED_DURABLE", String.valueOf(durable),
                "SANDCASTLE_PLAYERS_SUBMISSIONS_MAX_QUEUED", "1000",
                "SANDCASTLE_PLAYERS_SUBMISSIONS_MAX_PER_WINDOW", "100000"));
        try {
            app.awaitReady(Duration.ofMinutes(5));
            double commitMs;
            try (Connection db = app.database(); Statement s = db.createStatement()) {
                s.execute("CREATE TABLE bench_commits (id serial PRIMARY KEY, at timestamptz DEFAULT now())");
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_commits DEFAULT VALUES")) {
                    for (int i = 0; i < 50; i++) {
                        insert.execute(); // warm-up (autocommit: one commit each)
                    }
                    long started = System.nanoTime();
                    for (int i = 0; i < 500; i++) {
                        insert.execute();
                    }
                    commitMs = (System.nanoTime() - started) / 1e6 / 500;
                }
                s.execute("DROP TABLE bench_commits");
            }
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tokens.add(app.signUp("bench" + i));
            }
            app.submit(tokens.getFirst(), "add-two", TRIVIAL); // the first grading pays the workers' warm-up
            awaitQueueEmpty(app);
            long started = System.nanoTime();
            for (int i = 0; i < burst; i++) {
                app.submit(tokens.get(i % tokens.size()), "add-two", TRIVIAL);
            }
            awaitQueueEmpty(app);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("durable=%-5s commit of one small transaction: %.2f ms; %d submissions graded in %.1f s = %.1f/s%n",
                    durable, commitMs, burst, seconds, burst / seconds);
        } finally {
            app.process().destroy();
            app.process().waitFor(90, TimeUnit.SECONDS);
        }
    }

    private static void awaitQueueEmpty(PackagedApp app) throws Exception {
        try (Connection db = app.database(); Statement s = db.createStatement()) {
            while (true) {
                ResultSet rs = s.executeQuery("SELECT count(*) FROM grading_jobs");
                rs.next();
                if (rs.getInt(1) == 0) {
                    return;
                }
                Thread.sleep(20);
            }
        }
    }
}
