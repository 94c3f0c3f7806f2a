package dev.sandcastle.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, built by
 * {@code ./mvnw package} before the integration tests run) started as a new user would, with
 * the README's command {@code java -jar target/quarkus-app/quarkus-run.jar} in a working
 * directory of its own: default embedded data directory {@code .sandcastle/pgdata}, missions
 * from {@code missions/}. Only the HTTP port (and anything a test passes) comes from the
 * environment.
 */
final class PackagedApp {

    static final Path JAR = Path.of(System.getProperty("sandcastle.app", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();

    private final Path workDir;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int runs;

    PackagedApp(Path workDir) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: package the application first (./mvnw package)");
        }
        this.workDir = workDir;
        this.port = freePort();
        copyTree(Path.of("src/test/resources/test-missions"), workDir.resolve("missions"));
    }

    Path dataDirectory() {
        return workDir.resolve(".sandcastle/pgdata");
    }

    Path log() {
        return workDir.resolve("app-" + runs + ".log");
    }

    Process process() {
        return process;
    }

    /** Starts the application (its log in {@code app-N.log}); returns at once. */
    Process start(Map<String, String> env) throws IOException {
        runs++;
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log().toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().putAll(env);
        process = builder.start();
        return process;
    }

    /** After a failed test: no application may outlive it (its watchdog then stops PostgreSQL). */
    void stopIfRunning() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** Waits for readiness (HTTP 200 on /q/health/ready); returns the milliseconds it took from the call. */
    long awaitReady(Duration within) throws Exception {
        long started = System.nanoTime();
        long deadline = started + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the application exited with " + process.exitValue() + "; log:\n" + tail());
            }
            try {
                if (get("/q/health/ready", null).statusCode() == 200) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within " + within.toSeconds() + " s; log:\n" + tail());
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Registers a player and returns a bearer token. */
    String signUp(String name) throws Exception {
        String password = "password-of-" + name;
        HttpResponse<String> created = post("/api/players", null,
                "{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}");
        if (created.statusCode() != 201) {
            throw new AssertionError("sign-up answered " + created.statusCode() + ": " + created.body());
        }
        String basic = Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(uri("/api/tokens"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
        if (!m.find()) {
            throw new AssertionError("no token in " + token.body());
        }
        return m.group(1);
    }

    /** Submits code for a mission; returns the submission id. */
    long submit(String token, String mission, String code) throws Exception {
        String json = "{\"mode\":\"check\",\"code\":\"" + code.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
        HttpResponse<String> accepted = post("/api/missions/" + mission + "/submissions", token, json);
        if (accepted.statusCode() != 202) {
            throw new AssertionError("submit answered " + accepted.statusCode() + ": " + accepted.body());
        }
        String location = accepted.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A JDBC connection to the embedded server, at the port its postmaster.pid names. */
    Connection database() throws IOException, SQLException {
        List<String> pid = Files.readAllLines(dataDirectory().resolve("postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres?user=postgres");
    }

    /** The postmaster's pid from postmaster.pid, or -1 when there is none. */
    long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory().resolve("postmaster.pid")).getFirst().strip());
        } catch (IOException | RuntimeException none) {
            return -1;
        }
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
