package dev.sandcastle.player;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registers players and logs them in over HTTP, for any test that needs a bearer token.
 * Names are unique within a test run (tests share one database).
 */
public final class TestPlayers {
    public static final String ADMIN_NAME = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Map<String, Login> BY_ALIAS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private TestPlayers() {
    }

    /** A registered, logged-in player. */
    public record Login(String name, String token) {
        /** A request carrying this player's bearer token. */
        public RequestSpecification request() {
            return given().header("Authorization", "Bearer " + token);
        }
    }

    /** A unique valid player name starting with the prefix. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** Registers a new player with {@link #PASSWORD} and returns its token. */
    public static Login register(String prefix) {
        String name = uniqueName(prefix);
        // each from an address of its own, so the per-address registration limit is never the suite's
        int n = SEQUENCE.incrementAndGet();
        given().header("X-Forwarded-For", "10.%d.%d.%d".formatted(200 + (n >> 16) % 50, (n >> 8) & 255, n & 255))
                .contentType(ContentType.JSON).body(Map.of("name", name, "password", PASSWORD))
                .post("/api/players").then().statusCode(201);
        return new Login(name, login(name, PASSWORD));
    }

    /**
     * The player a test calls by a short alias ("owner", "stranger"): registered on first use,
     * then the same login for the rest of the run. Aliases keep tests readable; the real name
     * is unique per run.
     */
    public static Login as(String alias) {
        return BY_ALIAS.computeIfAbsent(alias, TestPlayers::register);
    }

    /** A new player who also has the given roles (granted by the configured admin). */
    public static Login registerWithRoles(String prefix, Role... roles) {
        Login login = register(prefix);
        admin().request().contentType(ContentType.JSON)
                .body(Map.of("roles", Arrays.stream(roles).map(Role::name).toList()))
                .put("/api/players/{name}/roles", login.name()).then().statusCode(200);
        return login;
    }

    /** The first admin, created at start-up from the test configuration. */
    public static Login admin() {
        return new Login(ADMIN_NAME, login(ADMIN_NAME, ADMIN_PASSWORD));
    }

    public static String login(String name, String password) {
        return given().auth().preemptive().basic(name, password)
                .post("/api/tokens").then().statusCode(201).extract().path("token");
    }
}
