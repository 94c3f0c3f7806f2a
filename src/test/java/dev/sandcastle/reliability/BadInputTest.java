package dev.sandcastle.reliability;

import dev.sandcastle.player.TestPlayers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hostile and sloppy requests on every endpoint: each gets problem JSON with the status that
 * names the mistake, and the database is exactly as it was (rows counted before and after).
 */
@QuarkusTest
class BadInputTest {

    static final String SUBMIT = "/api/missions/add-two/submissions";
    static final String GOOD_CODE = "def add(a, b):\n    return a + b\n";

    @Inject
    AgroalDataSource dataSource;

    record BadRequest(String name, int status, Supplier<Response> send) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadRequest> badRequests() {
        return Stream.of(
                // submissions: body shape
                new BadRequest("malformed JSON", 400, () -> json(player(), "{\"code\": \"x\", ").post(SUBMIT)),
                new BadRequest("a JSON array instead of an object", 400, () -> json(player(), "[1, 2, 3]").post(SUBMIT)),
                new BadRequest("code as an object", 400, () -> json(player(), "{\"code\": {\"a\": 1}, \"mode\": \"run\"}").post(SUBMIT)),
                new BadRequest("code as a list", 400, () -> json(player(), "{\"code\": [\"x\"], \"mode\": \"run\"}").post(SUBMIT)),
                new BadRequest("code as a number (no coercion to \"12\")", 400, () -> json(player(), "{\"code\": 12, \"mode\": \"run\"}").post(SUBMIT)),
                new BadRequest("code as a float", 400, () -> json(player(), "{\"code\": 1.5, \"mode\": \"run\"}").post(SUBMIT)),
                new BadRequest("code as a boolean", 400, () -> json(player(), "{\"code\": true, \"mode\": \"run\"}").post(SUBMIT)),
                new BadRequest("mode as a small number", 400, () -> json(player(), "{\"code\": \"x\", \"mode\": 1}").post(SUBMIT)),
                new BadRequest("mode as a huge integer", 400, () -> json(player(),
                        "{\"code\": \"x\", \"mode\": 123456789012345678901234567890123456789}").post(SUBMIT)),
                new BadRequest("mode as a huge exponent", 400, () -> json(player(), "{\"code\": \"x\", \"mode\": 1e999999}").post(SUBMIT)),
                new BadRequest("missing code", 422, () -> json(player(), "{\"mode\": \"run\"}").post(SUBMIT)),
                new BadRequest("missing mode", 422, () -> json(player(), "{\"code\": \"x\"}").post(SUBMIT)),
                new BadRequest("null fields", 422, () -> json(player(), "{\"code\": null, \"mode\": null}").post(SUBMIT)),
                new BadRequest("an empty body", 422, () -> player().contentType(ContentType.JSON).post(SUBMIT)),
                new BadRequest("JSON null as the body", 422, () -> json(player(), "null").post(SUBMIT)),
                new BadRequest("an unknown mode", 422, () -> json(player(), "{\"code\": \"x\", \"mode\": \"walk\"}").post(SUBMIT)),
                new BadRequest("blank code", 422, () -> json(player(), "{\"code\": \"   \", \"mode\": \"run\"}").post(SUBMIT)),
                new BadRequest("a NUL character in the code", 400, () -> json(player(),
                        "{\"code\": \"def add(a, b):\\u0000\\n    return a + b\\n\", \"mode\": \"run\"}").post(SUBMIT)),
                new BadRequest("a raw NUL byte in the JSON", 400, () -> json(player(),
                        "{\"code\": \"def add(a, b):\u0000 return a + b\", \"mode\": \"run\"}").post(SUBMIT)),
                new BadRequest("invalid UTF-8 in the code", 400, () -> player().contentType("application/json; charset=UTF-8")
                        .body(invalidUtf8Submission()).post(SUBMIT)),
                new BadRequest("JSON nested 100,000 deep", 400, () -> json(player(),
                        "{\"code\": " + "[".repeat(100_000) + "]".repeat(100_000) + ", \"mode\": \"run\"}").post(SUBMIT)),
                new BadRequest("a body over the server limit", 413, () -> json(player(),
                        "{\"code\": \"" + "x".repeat(300 * 1024) + "\", \"mode\": \"run\"}").post(SUBMIT)),
                new BadRequest("code over the mission's size limit", 413, () -> json(player(),
                        "{\"code\": \"" + "#".repeat(100 * 1024) + "\", \"mode\": \"run\"}").post(SUBMIT)),
                new BadRequest("plain text instead of JSON", 415, () -> player().contentType(ContentType.TEXT).body(GOOD_CODE).post(SUBMIT)),
                new BadRequest("XML instead of JSON", 415, () -> player().contentType(ContentType.XML)
                        .body("<submission><code>x</code></submission>").post(SUBMIT)),
                new BadRequest("a form instead of JSON", 415, () -> player().contentType(ContentType.URLENC)
                        .formParam("code", GOOD_CODE).formParam("mode", "run").post(SUBMIT)),
                new BadRequest("a submission without a player", 401, () -> json(given(),
                        "{\"code\": \"x\", \"mode\": \"run\"}").post(SUBMIT)),
                new BadRequest("a submission with a forged token", 401, () -> json(given().header("Authorization", "Bearer forged"),
                        "{\"code\": \"x\", \"mode\": \"run\"}").post(SUBMIT)),
                new BadRequest("a submission to an unknown mission", 404, () -> json(player(),
                        "{\"code\": \"x\", \"mode\": \"run\"}").post("/api/missions/no-such-mission/submissions")),
                // submissions: reading
                new BadRequest("an unknown submission id", 404, () -> player().get("/api/submissions/987654321")),
                new BadRequest("a submission id that is not a number", 400, () -> player().get("/api/submissions/abc")),
                new BadRequest("a submission id beyond a long (no id, like \"abc\")", 400, () -> player().get("/api/submissions/99999999999999999999999")),
                new BadRequest("a negative page of my submissions", 400, () -> player().queryParam("page", -1).get("/api/players/me/submissions")),
                new BadRequest("a page size of zero", 400, () -> player().queryParam("size", 0).get("/api/players/me/submissions")),
                new BadRequest("a page size of a million", 400, () -> player().queryParam("size", 1_000_000).get("/api/players/me/submissions")),
                // missions
                new BadRequest("an unknown mission", 404, () -> given().get("/api/missions/no-such-mission")),
                new BadRequest("a negative missions page", 400, () -> given().queryParam("page", -5).get("/api/missions")),
                new BadRequest("an overflowing missions page", 400, () -> given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 100).get("/api/missions")),
                new BadRequest("a missions size over the maximum", 400, () -> given().queryParam("size", 101).get("/api/missions")),
                new BadRequest("a wrong method on missions", 405, () -> given().delete("/api/missions")),
                // leaderboards
                new BadRequest("a negative leaderboard page", 400, () -> given().queryParam("page", -1).get("/api/leaderboard")),
                new BadRequest("a leaderboard size of zero", 400, () -> given().queryParam("size", 0).get("/api/leaderboard")),
                new BadRequest("an unknown ranking", 400, () -> given().queryParam("by", "loudest").get("/api/missions/add-two/leaderboard")),
                new BadRequest("the leaderboard of an unknown mission", 404, () -> given().get("/api/missions/no-such-mission/leaderboard")),
                // players and tokens
                new BadRequest("registration with malformed JSON", 400, () -> json(given(), "{\"name\": ").post("/api/players")),
                new BadRequest("registration without a password", 422, () -> json(given(), "{\"name\": \"nopass\"}").post("/api/players")),
                new BadRequest("registration with a name as a list", 400, () -> json(given(),
                        "{\"name\": [\"a\"], \"password\": \"correct horse battery\"}").post("/api/players")),
                new BadRequest("registration with a name as a number", 400, () -> json(given(),
                        "{\"name\": 1234567, \"password\": \"correct horse battery\"}").post("/api/players")),
                new BadRequest("registration with a password as a boolean", 400, () -> json(given(),
                        "{\"name\": \"bool-pass\", \"password\": false}").post("/api/players")),
                new BadRequest("registration with a NUL in the name", 422, () -> json(given(),
                        "{\"name\": \"nul\\u0000name\", \"password\": \"correct horse battery\"}").post("/api/players")),
                new BadRequest("registration with a 10,000 character name", 422, () -> json(given(),
                        "{\"name\": \"" + "n".repeat(10_000) + "\", \"password\": \"correct horse battery\"}").post("/api/players")),
                new BadRequest("registration as plain text", 415, () -> given().contentType(ContentType.TEXT).body("ada").post("/api/players")),
                new BadRequest("an unknown player's profile", 404, () -> given().get("/api/players/nobody-at-all")),
                new BadRequest("a token without credentials", 401, () -> given().post("/api/tokens")),
                new BadRequest("a token with a Basic header that is not base64", 401, () -> given()
                        .header("Authorization", "Basic !!!not-base64!!!").post("/api/tokens")),
                new BadRequest("a token with a NUL in the password", 401, () -> given().auth().preemptive()
                        .basic(TestPlayers.as("reliable").name(), "correct\u0000horse").post("/api/tokens")),
                new BadRequest("roles for an unknown player", 404, () -> json(admin().request(),
                        "{\"roles\": [\"PLAYER\"]}").put("/api/players/nobody-at-all/roles")),
                new BadRequest("an unknown role", 400, () -> json(admin().request(),
                        "{\"roles\": [\"EMPEROR\"]}").put("/api/players/" + TestPlayers.as("reliable").name() + "/roles")),
                new BadRequest("roles as a string", 400, () -> json(admin().request(),
                        "{\"roles\": 42}").put("/api/players/" + TestPlayers.as("reliable").name() + "/roles")),
                new BadRequest("a role as a number (no enum by index)", 400, () -> json(admin().request(),
                        "{\"roles\": [1]}").put("/api/players/" + TestPlayers.as("reliable").name() + "/roles")),
                // authoring
                new BadRequest("a mission with the slug as a number", 400, () -> json(author().request(),
                        "{\"slug\": 42, \"description\": \"d\", \"reference\": \"x\"}").post("/api/missions")),
                new BadRequest("a mission with the reference as a boolean", 400, () -> json(author().request(),
                        "{\"slug\": \"typed\", \"reference\": true}").post("/api/missions")),
                new BadRequest("a mission with the version as a string", 400, () -> json(author().request(),
                        "{\"slug\": \"typed\", \"version\": \"2\"}").put("/api/missions/add-two")),
                new BadRequest("a mission as malformed JSON", 400, () -> json(author().request(), "{\"slug\": ").post("/api/missions")),
                new BadRequest("a mission as plain text", 415, () -> author().request().contentType(ContentType.TEXT)
                        .body("slug: x").post("/api/missions")),
                new BadRequest("a mission by a player", 403, () -> json(player(), "{\"slug\": \"mine\"}").post("/api/missions")),
                new BadRequest("roles set by a player", 403, () -> json(player(),
                        "{\"roles\": [\"ADMIN\"]}").put("/api/players/" + TestPlayers.as("reliable").name() + "/roles")),
                new BadRequest("a NUL in a mission slug", 400, () -> given().urlEncodingEnabled(false).get("/api/missions/add%00two")),
                new BadRequest("a NUL in a submission's mission slug", 400, () -> json(player().urlEncodingEnabled(false),
                        "{\"code\": \"x\", \"mode\": \"run\"}").post("/api/missions/add%00two/submissions")),
                new BadRequest("a NUL in a player name", 400, () -> given().urlEncodingEnabled(false).get("/api/players/ada%00")),
                new BadRequest("a NUL in a leaderboard's mission slug", 400, () -> given().urlEncodingEnabled(false)
                        .get("/api/missions/add%00two/leaderboard")),
                new BadRequest("a NUL in the missions tag filter", 400, () -> given().urlEncodingEnabled(false).get("/api/missions?tag=a%00b")),
                new BadRequest("a wait that is not a number", 400, () -> player().queryParam("wait", "forever").get("/api/submissions/1")),
                new BadRequest("an unknown path", 404, () -> given().get("/api/nothing-here")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void eachBadRequestIsAProblemAndChangesNothing(BadRequest bad) throws SQLException {
        player(); // register and log in before counting
        admin();
        author();
        Map<String, Long> before = rowCounts();
        Response response = bad.send().get();
        Problems.assertProblem(response, bad.status());
        assertEquals(before, rowCounts(), "the database changed");
    }

    private static TestPlayers.Login admin;

    /** Logged in once: every login writes a token row. */
    static synchronized TestPlayers.Login admin() {
        if (admin == null) {
            admin = TestPlayers.admin();
        }
        return admin;
    }

    private static TestPlayers.Login author;

    static synchronized TestPlayers.Login author() {
        if (author == null) {
            author = TestPlayers.registerWithRoles("typed-author", dev.sandcastle.player.Role.AUTHOR);
        }
        return author;
    }

    static io.restassured.specification.RequestSpecification player() {
        return TestPlayers.as("reliable").request();
    }

    static io.restassured.specification.RequestSpecification json(io.restassured.specification.RequestSpecification spec, String body) {
        return spec.contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] invalidUtf8Submission() {
        byte[] head = "{\"code\": \"def add(a, b): return ".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE};
        byte[] tail = "\", \"mode\": \"run\"}".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        return all;
    }

    Map<String, Long> rowCounts() throws SQLException {
        return RowCounts.of(dataSource);
    }
}
