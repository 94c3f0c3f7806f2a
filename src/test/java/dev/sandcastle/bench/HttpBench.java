package dev.sandcastle.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
/**
 * Section 4 of the grading benchmark: the packaged application started as its own process
 * (embedded PostgreSQL, a one-mission pack), then submit + long-poll over HTTP at increasing
 * concurrency, one player per concurrent client.
 */
final class HttpBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PER_LEVEL = Integer.getInteger("bench.httpRuns", 60);

    private final Path quarkusRunJar;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String base;

    HttpBench(String quarkusRunJar) {
        this.quarkusRunJar = Path.of(quarkusRunJar);
    }

    /**
     * A first start trains the workers' AOT cache in the background (ADR 0050): measuring
     * while it runs would measure the training, so the series start once it has ended.
     */
    static void awaitAotTraining(Path log, long started) throws Exception {
        awaitAotTraining(log, started, Duration.ofSeconds(180));
    }

    static void awaitAotTraining(Path log, long started, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.readString(log);
            if (!text.contains("training the worker AOT cache")) {
                return;
            }
            if (text.contains("trained the worker AOT cache") || text.contains("workers start without it")
                    || text.contains("could not train the worker AOT cache")) {
                System.out.printf("   worker AOT cache training ended %.0f ms after the process started%n",
                        (System.nanoTime() - started) / 1e6);
                return;
            }
            Thread.sleep(500);
        }
    }

    void run() throws Exception {
        Path work = Files.createTempDirectory("sandcastle-http-bench");
        Path missions = writeMission(work.resolve("missions"));
        int port = freePort();
        base = "http://localhost:" + port;
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", quarkusRunJar.toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("app.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // the bench's accounts all sign up from loopback: lift the per-address sign-up limit
        env.put("SANDCASTLE_PLAYERS_REGISTRATIONS_MAX_PER_ADDRESS", "1000");
        env.put("SANDCASTLE_MISSIONS_DIR", missions.toString());
        env.put("SANDCASTLE_DATABASE_EMBEDDED_DATA_DIR", work.resolve("pgdata").toString());
        env.put("SANDCASTLE_PLAYERS_SUBMISSIONS_MAX_PER_WINDOW", "100000");
        env.put("SANDCASTLE_PLAYERS_SUBMISSIONS_MAX_QUEUED", "1000");
        long started = System.nanoTime();
        Process app = builder.start();
        try {
            waitUntilReady(http, base, app, Duration.ofMinutes(3));
            System.out.printf("4 HTTP end to end (packaged app, log in %s): ready after %.0f ms%n",
                    work.resolve("app.log"), (System.nanoTime() - started) / 1e6);
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tokens.add(signUp(http, base, "bench" + i + "_" + port));
            }
            submitAndWait(tokens.get(0));
            System.out.printf("   first graded submission %.0f ms after the process started%n",
                    (System.nanoTime() - started) / 1e6);
            awaitAotTraining(work.resolve("app.log"), started);
            ConcurrentLinkedQueue<String> idle = new ConcurrentLinkedQueue<>();
            for (int level : new int[] {1, 2, 4, 8}) {
                idle.clear();
                idle.addAll(tokens.subList(0, level));
                Series.Action submit = () -> {
                    String token = idle.poll();
                    try {
                        submitAndWait(token);
                    } finally {
                        idle.add(token);
                    }
                };
                Series.measure(submit, Math.min(10, PER_LEVEL), level);
                Stats stats = Series.measure(submit, PER_LEVEL, level);
                System.out.println("   concurrency " + level + ": " + stats.line());
            }
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private void submitAndWait(String token) throws Exception {
        String body = JSON.writeValueAsString(Map.of("code", BenchMissions.TRIVIAL_SOLUTION, "mode", "check"));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/missions/bench-add/submissions"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 202) {
            throw new IllegalStateException("submit answered " + created.statusCode() + ": " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        URI poll = URI.create(location.startsWith("http") ? location : base + location);
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> result = http.send(HttpRequest.newBuilder(URI.create(poll + "?wait=10"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            Map<?, ?> submission = JSON.readValue(result.body(), Map.class);
            if ("DONE".equals(submission.get("status"))) {
                if (!"ACCEPTED".equals(submission.get("verdict"))) {
                    throw new IllegalStateException("bench submission got " + submission.get("verdict"));
                }
                return;
            }
        }
        throw new IllegalStateException("bench submission never finished");
    }

    /** Signs a bench account up on the application at {@code base} and returns its bearer token. */
    static String signUp(HttpClient http, String base, String name) throws Exception {
        String password = "bench-password-" + name;
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/players"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("name", name, "password", password))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("sign-up answered " + created.statusCode() + ": " + created.body());
        }
        String basic = Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        return (String) JSON.readValue(token.body(), Map.class).get("token");
    }

    /** Waits until the application at {@code base} reports ready, failing when it exits or outlives {@code timeout}. */
    static void waitUntilReady(HttpClient http, String base, Process app, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application exited with " + app.exitValue());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the application did not become ready");
    }

    private static Path writeMission(Path missions) throws IOException {
        Path dir = Files.createDirectories(missions.resolve("bench-add"));
        Files.writeString(dir.resolve("mission.json"), """
                {"title": "Bench Add", "difficulty": "EASY", "points": 1, "island": "bench",
                 "entryPoint": "add", "checker": {"type": "exact"}}
                """);
        Files.writeString(dir.resolve("description.md"), "Return `a + b`.\n\nExample: `add(1, 2) == 3`.\n");
        Files.writeString(dir.resolve("reference.py"), BenchMissions.TRIVIAL_SOLUTION);
        StringBuilder tests = new StringBuilder("[");
        for (int i = 0; i < 10; i++) {
            tests.append(i == 0 ? "" : ",").append(String.format(
                    "{\"args\": [%d, %d], \"expected\": %d, \"public\": %b, \"category\": \"basic\"}", i, i * 7, i * 8, i < 2));
        }
        Files.writeString(dir.resolve("tests.json"), tests.append("]").toString());
        return missions;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
