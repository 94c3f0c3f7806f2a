package dev.sandcastle.mission.authoring;

import dev.sandcastle.player.Role;
import dev.sandcastle.player.TestPlayers;
import dev.sandcastle.submission.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class AuthoringApiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String REFERENCE = "def triple(n):\n    return 3 * n\n";

    /** A valid mission body: triple(n), two public examples, two hidden tests. */
    static Map<String, Object> body(String slug, String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("mission", Map.of("title", "Triple", "difficulty", "EASY", "points", 7, "island", "test-island",
                "entryPoint", "triple"));
        body.put("description", "Return three times n.");
        body.put("reference", reference);
        body.put("starter", "def triple(n):\n    return 0\n");
        body.put("tests", List.of(
                Map.of("args", List.of(1), "expected", 3, "public", true),
                Map.of("args", List.of(5), "expected", 15, "public", true),
                Map.of("args", List.of(0), "expected", 0, "public", false, "category", "edge"),
                Map.of("args", List.of(-4), "expected", -12, "public", false, "category", "edge")));
        return body;
    }

    static String slug() {
        return "triple-" + TestPlayers.uniqueName("m").replaceAll("[^a-z0-9]", "").toLowerCase();
    }

    @Test
    void anonymousCallersAreUnauthorizedAndPlayersForbidden() {
        String slug = slug();
        given().contentType(ContentType.JSON).body(body(slug, REFERENCE)).post("/api/missions").then().statusCode(401);
        TestPlayers.register("plain").request().contentType(ContentType.JSON).body(body(slug, REFERENCE))
                .post("/api/missions").then().statusCode(403);
        given().get("/api/missions/add-two/source").then().statusCode(401);
        TestPlayers.register("plain").request().get("/api/missions/add-two/source").then().statusCode(403);
    }

    @Test
    void anAuthorCreatesADraftPublishesItAndOnlyTheAuthorOrAnAdminMayChangeIt() {
        var author = TestPlayers.registerWithRoles("author", Role.AUTHOR);
        var otherAuthor = TestPlayers.registerWithRoles("other-author", Role.AUTHOR);
        String slug = slug();
        author.request().contentType(ContentType.JSON).body(body(slug, REFERENCE)).post("/api/missions").then()
                .statusCode(201).body("version", equalTo(1)).body("published", equalTo(false));
        given().get("/api/missions/" + slug).then().statusCode(404);
        author.request().post("/api/missions/" + slug + "/publish").then().statusCode(200).body("published", equalTo(true));
        given().get("/api/missions/" + slug).then().statusCode(200).body("version", equalTo(1))
                .body(not(containsString("3 * n")));

        otherAuthor.request().contentType(ContentType.JSON).body(body(slug, REFERENCE))
                .put("/api/missions/" + slug).then().statusCode(403);
        otherAuthor.request().get("/api/missions/" + slug + "/source").then().statusCode(403);
        author.request().contentType(ContentType.JSON).body(body(slug, REFERENCE)).post("/api/missions").then()
                .statusCode(409);

        author.request().get("/api/missions/" + slug + "/source").then().statusCode(200)
                .body("reference", equalTo(REFERENCE)).body("tests", hasSize(4))
                .body("tests[2].public", equalTo(false)).body("status", equalTo("PUBLISHED"))
                .body("author", equalTo(author.name())).body("mission.entryPoint", equalTo("triple"));

        Map<String, Object> edited = body(slug, "def triple(n):\n    return n + n + n\n");
        TestPlayers.admin().request().contentType(ContentType.JSON).body(edited).put("/api/missions/" + slug).then()
                .statusCode(200).body("version", equalTo(2)).body("published", equalTo(true));
        author.request().contentType(ContentType.JSON).body(edited).put("/api/missions/" + slug).then()
                .statusCode(200).body("version", equalTo(2)).body("outcome", equalTo("UNCHANGED"));
    }

    @Test
    void aBrokenReferenceIsRejectedWith422NamingEachFailingTestAndWhy() {
        var author = TestPlayers.registerWithRoles("author", Role.AUTHOR);
        String slug = slug();
        // right for the public examples only
        String broken = "def triple(n):\n    if n == 0:\n        return 1 // n\n    return 3 * n if n > 0 else n\n";
        author.request().contentType(ContentType.JSON).body(body(slug, broken)).post("/api/missions").then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors", hasSize(2))
                .body("errors.field", hasItem("tests[2]"))
                .body("errors.field", hasItem("tests[3]"))
                .body("errors.find { it.field == 'tests[2]' }.message", containsString("ZeroDivisionError"))
                .body("errors.find { it.field == 'tests[3]' }.message", containsString("expected -12, got -4"));
        author.request().get("/api/missions/" + slug + "/source").then().statusCode(404);
    }

    @Test
    void limitsAboveTheServerMaximaAndNeverListedImportsAreRejected() {
        var author = TestPlayers.registerWithRoles("author", Role.AUTHOR);
        Map<String, Object> body = body(slug(), REFERENCE);
        body.put("mission", Map.of("title", "Triple", "difficulty", "EASY", "points", 7, "entryPoint", "triple",
                "limits", Map.of("cpuMsPerTest", 999_999), "extraImports", List.of("os")));
        author.request().contentType(ContentType.JSON).body(body).post("/api/missions").then().statusCode(422)
                .body("errors.message", hasItem(containsString("can never be allowed: [os]")));
        body.put("mission", Map.of("title", "Triple", "difficulty", "EASY", "points", 7, "entryPoint", "triple",
                "limits", Map.of("cpuMsPerTest", 999_999)));
        author.request().contentType(ContentType.JSON).body(body).post("/api/missions").then().statusCode(422)
                .body("errors.message", hasItem(containsString("above the server maximum")));
    }

    @Test
    void anEditMakesANewVersionWhileOldSubmissionsAndEarnedPointsStay() {
        var author = TestPlayers.registerWithRoles("author", Role.AUTHOR);
        String slug = slug();
        Map<String, Object> v1 = body(slug, REFERENCE);
        v1.put("status", "PUBLISHED");
        author.request().contentType(ContentType.JSON).body(v1).post("/api/missions").then().statusCode(201);
        String player = "solver-" + SEQUENCE.incrementAndGet();
        long first = Submissions.submit(player, slug, REFERENCE, "check");
        Submissions.awaitDone(player, first).body("verdict", equalTo("ACCEPTED")).body("missionVersion", equalTo(1));
        int points = given().get("/api/players/" + TestPlayers.as(player).name()).then().statusCode(200)
                .extract().path("points");

        // version 2 changes the task: tripling is now wrong, and the mission is worth more
        Map<String, Object> v2 = body(slug, "def triple(n):\n    return 4 * n\n");
        v2.put("mission", Map.of("title", "Quadruple", "difficulty", "EASY", "points", 50, "entryPoint", "triple"));
        v2.put("tests", List.of(Map.of("args", List.of(1), "expected", 4, "public", true),
                Map.of("args", List.of(2), "expected", 8, "public", false)));
        author.request().contentType(ContentType.JSON).body(v2).put("/api/missions/" + slug).then()
                .statusCode(200).body("version", equalTo(2));

        TestPlayers.as(player).request().get("/api/submissions/" + first).then().statusCode(200)
                .body("missionVersion", equalTo(1)).body("verdict", equalTo("ACCEPTED"));
        given().get("/api/players/" + TestPlayers.as(player).name()).then().statusCode(200)
                .body("points", equalTo(points));
        given().get("/api/missions/" + slug).then().statusCode(200).body("version", equalTo(2))
                .body("title", equalTo("Quadruple"));
    }
}
