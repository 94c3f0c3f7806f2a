package dev.sandcastle.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Leaderboard benchmark (not a unit test; docs/performance.md, "Leaderboards").
 *
 * <ol>
 *   <li>starts a throw-away embedded PostgreSQL and the packaged application against it
 *       ({@code target/quarkus-app}, api role only, so no grader competes for the CPU);</li>
 *   <li>seeds 100k players, 40 missions and 1M submissions with generate_series SQL, and
 *       derives the score rows from the accepted Checks with the rules of ScoreKeeper;</li>
 *   <li>sends sequential HTTP requests to the three leaderboard endpoints (global, per mission
 *       by first/shortest/fastest, profile) and prints p50/p90/p99/max per query.</li>
 * </ol>
 *
 * Run: {@code ./mvnw -Pleaderboard-benchmark -DskipTests verify}. Sizes can be changed with
 * -Dbench.players, -Dbench.submissions, -Dbench.requests.
 */
public final class LeaderboardBenchmark {
    private static final int PLAYERS = Integer.getInteger("bench.players", 100_000);
    private static final int SUBMISSIONS = Integer.getInteger("bench.submissions", 1_000_000);
    private static final int MISSIONS = Integer.getInteger("bench.missions", 40);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 2_000);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 1_000);

    private LeaderboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path app = Path.of(System.getProperty("bench.app", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(app)) {
            throw new IllegalStateException(app + " is missing: package the application first (mvn package)");
        }
        Path data = Files.createTempDirectory("sandcastle-bench-pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data).setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "256MB")
                .setPGStartupWait(Duration.ofSeconds(60)).start()) {
            String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            int port = freePort();
            Process server = startApplication(app, jdbcUrl, port);
            try {
                String base = "http://localhost:" + port;
                awaitReady(base, server);
                try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                    seed(db);
                    seedBoards(db);
                }
                measure(base);
                try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                    FeedBenchmark.run(base, db);
                }
            } finally {
                server.destroy();
                if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        }
    }

    private static Process startApplication(Path app, String jdbcUrl, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", app.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "leaderboard-benchmark-app.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("SANDCASTLE_ROLES", "api");
        env.put("SANDCASTLE_MISSIONS_LOAD_AT_STARTUP", "false");
        env.put("QUARKUS_LOG_LEVEL", "WARN");
        // the webhook receiver of the feed benchmark listens on localhost
        env.put("SANDCASTLE_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
        System.out.printf("starting %s on port %d (log: target/leaderboard-benchmark-app.log)%n", app, port);
        return builder.start();
    }

    private static void awaitReady(String base, Process server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the application exited with " + server.exitValue()
                        + "; see target/leaderboard-benchmark-app.log");
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/leaderboard")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not start within 3 minutes");
    }

    /** Seeds with set-based SQL: seconds, not hours. */
    static void seed(Connection db) throws SQLException {
        db.setAutoCommit(true);
        try (Statement sql = db.createStatement()) {
            long start = System.nanoTime();
            sql.execute("SET synchronous_commit = off");
            sql.execute("SELECT setseed(0.42)");
            sql.execute("""
                    INSERT INTO players (name, created_at)
                    SELECT 'bench-' || i, timestamptz '2026-01-01' + i * interval '1 second'
                    FROM generate_series(1, %d) i""".formatted(PLAYERS));
            sql.execute("""
                    INSERT INTO missions (slug, title, difficulty, difficulty_rank, points)
                    SELECT 'bench-mission-' || m, 'Bench mission ' || m,
                           (ARRAY['EASY','MEDIUM','HARD'])[1 + m %% 3], 1 + m %% 3, 10 * (1 + m %% 5)
                    FROM generate_series(1, %d) m""".formatted(MISSIONS));
            sql.execute("""
                    INSERT INTO mission_versions (mission_id, version, content_hash, title, description, difficulty,
                        points, entry_point, starter_code, reference_solution, checker_json, limits_json, tests_json)
                    SELECT id, 1, md5(slug), title, 'bench', difficulty, points, 'solve', '', 'def solve(x): return x',
                           '{"type":"exact"}', '{}', '[]'
                    FROM missions WHERE slug LIKE 'bench-mission-%'""");
            sql.execute("""
                    UPDATE missions m SET current_version_id = v.id
                    FROM mission_versions v WHERE v.mission_id = m.id AND m.slug LIKE 'bench-mission-%'""");
            // popular missions get more submissions (squared random); 45% of Checks are accepted
            sql.execute("""
                    INSERT INTO submissions (player_id, mission_id, mission_version_id, mode, code, code_length, status,
                        verdict, score, cpu_ms, statements, attempts, created_at, graded_at)
                    SELECT p.id, v.mission_id, v.id, s.mode, 'def solve(x):\\n    return x  # ' || s.i, s.len, 'DONE',
                           s.verdict, CASE WHEN s.verdict = 'ACCEPTED' THEN v.points ELSE 0 END,
                           s.cpu, s.statements, 1, s.at, s.at + interval '150 milliseconds'
                    FROM (
                        SELECT i,
                               1 + floor(random() * %1$d)::int AS player_no,
                               1 + floor(power(random(), 2) * %2$d)::int AS mission_no,
                               CASE WHEN random() < 0.8 THEN 'CHECK' ELSE 'RUN' END AS mode,
                               CASE WHEN random() < 0.45 THEN 'ACCEPTED' ELSE 'WRONG_ANSWER' END AS verdict,
                               20 + floor(random() * 400)::int AS len,
                               1 + floor(random() * 900)::bigint AS cpu,
                               100 + floor(random() * 100000)::bigint AS statements,
                               timestamptz '2026-01-01' + random() * interval '90 days' AS at
                        FROM generate_series(1, %3$d) i
                    ) s
                    JOIN players p ON p.name = 'bench-' || s.player_no
                    JOIN missions m ON m.slug = 'bench-mission-' || s.mission_no
                    JOIN mission_versions v ON v.id = m.current_version_id""".formatted(PLAYERS, MISSIONS, SUBMISSIONS));
            System.out.printf("seeded players, missions and submissions in %.1f s%n", seconds(start));

            // The score rows ScoreKeeper would have written for these accepted Checks.
            long scores = System.nanoTime();
            sql.execute("""
                    INSERT INTO mission_scores (player_id, mission_id, points, first_point_at, solved_at, solved_submission_id,
                        best_code_length, best_code_at, best_code_submission_id,
                        best_statements, best_cpu_ms, best_speed_at, best_speed_submission_id)
                    SELECT f.player_id, f.mission_id, f.score, f.graded_at, f.graded_at, f.id,
                           c.code_length, c.graded_at, c.id, q.statements, q.cpu_ms, q.graded_at, q.id
                    FROM (SELECT DISTINCT ON (player_id, mission_id) player_id, mission_id, score, graded_at, id
                          FROM submissions WHERE mode = 'CHECK' AND verdict = 'ACCEPTED'
                          ORDER BY player_id, mission_id, graded_at, id) f
                    JOIN (SELECT DISTINCT ON (player_id, mission_id) player_id, mission_id, code_length, graded_at, id
                          FROM submissions WHERE mode = 'CHECK' AND verdict = 'ACCEPTED'
                          ORDER BY player_id, mission_id, code_length, graded_at, id) c USING (player_id, mission_id)
                    JOIN (SELECT DISTINCT ON (player_id, mission_id) player_id, mission_id, statements, cpu_ms, graded_at, id
                          FROM submissions WHERE mode = 'CHECK' AND verdict = 'ACCEPTED'
                          ORDER BY player_id, mission_id, statements, cpu_ms, graded_at, id) q USING (player_id, mission_id)""");
            sql.execute("""
                    UPDATE players p SET points = t.points, solved_count = t.solved, last_point_at = t.last_at
                    FROM (SELECT player_id, sum(points) AS points, count(*) AS solved, max(solved_at) AS last_at
                          FROM mission_scores GROUP BY player_id) t
                    WHERE t.player_id = p.id""");
            sql.execute("""
                    UPDATE mission_scores s SET solve_rank = r.n
                    FROM (SELECT player_id, mission_id,
                                 row_number() OVER (PARTITION BY mission_id ORDER BY solved_at, player_id) AS n
                          FROM mission_scores) r
                    WHERE s.player_id = r.player_id AND s.mission_id = r.mission_id""");
            // the counters the scoring hand-off keeps (V13), rebuilt for the seeded rows
            sql.execute("""
                    INSERT INTO leaderboard_points (points, players)
                    SELECT points, count(*) FROM players WHERE points > 0 GROUP BY points
                    ON CONFLICT (points) DO UPDATE SET players = EXCLUDED.players""");
            sql.execute("""
                    INSERT INTO mission_solvers (mission_id, solvers)
                    SELECT mission_id, count(*) FROM mission_scores WHERE solved_at IS NOT NULL GROUP BY mission_id
                    ON CONFLICT (mission_id) DO UPDATE SET solvers = EXCLUDED.solvers""");
            sql.execute("VACUUM ANALYZE");
            System.out.printf("derived scores and vacuumed in %.1f s%n", seconds(scores));
            try (ResultSet rs = sql.executeQuery("""
                    SELECT (SELECT count(*) FROM players), (SELECT count(*) FROM submissions),
                           (SELECT count(*) FROM mission_scores), (SELECT count(*) FROM players WHERE points > 0)""")) {
                rs.next();
                System.out.printf("database: %d players, %d submissions, %d score rows, %d ranked players%n",
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        }
    }

    /**
     * Islands for the missions (four of them), then the windowed and island boards of V80 derived
     * from the seeded scores with the migration's own backfill statements.
     */
    static void seedBoards(Connection db) throws Exception {
        long start = System.nanoTime();
        String migration = Files.readString(Path.of("migrations", "V80__leaderboard_windows_and_feeds.sql"));
        String backfill = migration.substring(migration.indexOf("CREATE TEMPORARY TABLE backfill AS"));
        try (Statement sql = db.createStatement()) {
            sql.execute("UPDATE missions SET island = 'island-' || (id % 4) WHERE slug LIKE 'bench-mission-%'");
            sql.execute("TRUNCATE board_scores, board_points");
            for (String statement : backfill.split(";")) {
                if (!statement.isBlank()) {
                    sql.execute(statement);
                }
            }
            sql.execute("VACUUM ANALYZE board_scores");
            sql.execute("VACUUM ANALYZE board_points");
            try (ResultSet rs = sql.executeQuery("""
                    SELECT (SELECT count(*) FROM board_scores), (SELECT count(DISTINCT board) FROM board_points),
                           (SELECT count(*) FROM board_scores WHERE board = 'w:2026-03-09'),
                           (SELECT count(*) FROM board_scores WHERE board = 'i:island-1')""")) {
                rs.next();
                System.out.printf("boards: %d board rows on %d boards (week of 2026-03-09: %d players, island-1: %d) in %.1f s%n",
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), seconds(start));
            }
        }
    }

    private static void measure(String base) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Random random = new Random(7);
        int ranked = ((Number) total(http, base + "/api/leaderboard")).intValue();
        System.out.printf("the API reports %d ranked players%n", ranked);
        int lastPage100 = Math.max(0, (ranked - 1) / 100);
        Map<String, IntFunction<String>> queries = new LinkedHashMap<>();
        // the floor: HTTP, routing and a problem answer, no database (shows what the machine's load adds)
        queries.put("baseline: GET /api/leaderboard?size=101 (400 before any query)", i -> "/api/leaderboard?size=101#400");
        queries.put("GET /api/leaderboard (page 0, size 20)", i -> "/api/leaderboard");
        queries.put("GET /api/leaderboard (random page, size 100)",
                i -> "/api/leaderboard?size=100&page=" + random.nextInt(lastPage100 + 1));
        for (String by : List.of("first", "shortest", "fastest")) {
            queries.put("GET /api/missions/{slug}/leaderboard?by=" + by + " (random mission, page 0-4)",
                    i -> "/api/missions/bench-mission-" + (1 + random.nextInt(MISSIONS)) + "/leaderboard?by=" + by
                            + "&page=" + random.nextInt(5));
        }
        int mostSolvers = ((Number) total(http, base + "/api/missions/bench-mission-1/leaderboard")).intValue();
        System.out.printf("bench-mission-1 has %d solvers%n", mostSolvers);
        queries.put("GET /api/missions/bench-mission-1/leaderboard?by=first (random page, size 100)",
                i -> "/api/missions/bench-mission-1/leaderboard?by=first&size=100&page="
                        + random.nextInt(Math.max(1, (mostSolvers + 99) / 100)));
        queries.put("GET /api/missions/bench-mission-1/leaderboard?by=shortest (random page, size 100)",
                i -> "/api/missions/bench-mission-1/leaderboard?by=shortest&size=100&page="
                        + random.nextInt(Math.max(1, (mostSolvers + 99) / 100)));
        queries.put("GET /api/players/{name} (random player)",
                i -> "/api/players/bench-" + (1 + random.nextInt(PLAYERS)));
        queries.put("GET /api/leaderboard with a matching If-None-Match (304)", i -> "/api/leaderboard#etag");
        // issue 19: windows, islands, around-me (seeded scores are from 2026-01-01 to 2026-04-01)
        String at = "&at=2026-03-11T12:00:00Z";
        for (String window : List.of("week", "month", "season")) {
            int boardTotal = ((Number) total(http, base + "/api/leaderboard?window=" + window + at)).intValue();
            int lastPage = Math.max(0, (boardTotal - 1) / 100);
            queries.put("GET /api/leaderboard?window=" + window + " (" + boardTotal + " ranked, random page, size 100)",
                    i -> "/api/leaderboard?size=100&window=" + window + at + "&page=" + random.nextInt(lastPage + 1));
        }
        int islandTotal = ((Number) total(http, base + "/api/leaderboard?island=island-1")).intValue();
        queries.put("GET /api/leaderboard?island=island-1 (" + islandTotal + " ranked, random page, size 100)",
                i -> "/api/leaderboard?size=100&island=island-1&page=" + random.nextInt(Math.max(1, (islandTotal + 99) / 100)));
        queries.put("GET /api/leaderboard?island=island-2&window=month (page 0-9, size 100)",
                i -> "/api/leaderboard?size=100&island=island-2&window=month" + at + "&page=" + random.nextInt(10));
        queries.put("GET /api/leaderboard/around/{name}?radius=5 (random player, all time)",
                i -> "/api/leaderboard/around/bench-" + (1 + random.nextInt(PLAYERS)) + "?radius=5#any");
        queries.put("GET /api/leaderboard/around/{name}?radius=5&window=month (random player)",
                i -> "/api/leaderboard/around/bench-" + (1 + random.nextInt(PLAYERS)) + "?radius=5&window=month" + at + "#any");
        queries.put("GET /api/leaderboard/around/{name}?radius=5&island=island-3 (random player)",
                i -> "/api/leaderboard/around/bench-" + (1 + random.nextInt(PLAYERS)) + "?radius=5&island=island-3#any");

        String etag = http.send(HttpRequest.newBuilder(URI.create(base + "/api/leaderboard")).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
        System.out.printf("%nsequential requests over HTTP/1.1, %d warm-up + %d measured per query%n", WARMUP, REQUESTS);
        System.out.printf(Locale.ROOT, "%-72s %8s %8s %8s %8s%n", "query", "p50 ms", "p90 ms", "p99 ms", "max ms");
        for (var query : queries.entrySet()) {
            double[] ms = new double[REQUESTS];
            for (int i = -WARMUP; i < REQUESTS; i++) {
                String path = query.getValue().apply(i);
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path.replaceAll("#.*", "")));
                if (path.endsWith("#etag")) {
                    request.header("If-None-Match", etag);
                }
                long t = System.nanoTime();
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                double elapsed = (System.nanoTime() - t) / 1e6;
                boolean expected = path.endsWith("#etag") ? response.statusCode() == 304
                        : path.endsWith("#400") ? response.statusCode() == 400
                        // around-me of a player without points on that board has no rows but is a full answer
                        : path.endsWith("#any") ? response.statusCode() == 200 && new String(response.body()).contains("\"player\":")
                        : response.statusCode() == 200 && new String(response.body()).contains("\"name\":");
                if (!expected) {
                    throw new IllegalStateException(path + " answered " + response.statusCode() + " without rows: "
                            + new String(response.body()));
                }
                if (i >= 0) {
                    ms[i] = elapsed;
                }
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%-72s %8.2f %8.2f %8.2f %8.2f%n", query.getKey(),
                    pct(ms, 50), pct(ms, 90), pct(ms, 99), ms[ms.length - 1]);
        }
    }

    static Object total(HttpClient http, String url) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        var matcher = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no total in " + body);
        }
        return Long.parseLong(matcher.group(1));
    }

    static double pct(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
