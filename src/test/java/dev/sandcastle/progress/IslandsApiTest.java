package dev.sandcastle.progress;

import dev.sandcastle.player.Role;
import dev.sandcastle.player.TestPlayers;
import dev.sandcastle.player.TestPlayers.Login;
import dev.sandcastle.solution.Checks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Islands open with points: a locked island's missions are readable, submitting to them is a
 * 403 that says what is missing, authors and admins are never locked out, and the island opens
 * as soon as the player has the points. Levels come from points.
 */
@QuarkusTest
public class IslandsApiTest {

    static final String RIGHT = "def triple(n):\n    return 3 * n\n";

    @Inject
    IslandLoader islands;

    @AfterEach
    void undeclareIslands() {
        islands.replaceAll(List.of()); // the test missions have no islands.json: every island open
    }

    /** A published mission on an island of its own, created by an author through the API. */
    public static String missionOnIsland(Login author, String island) {
        String slug = "summit-" + TestPlayers.uniqueName("m").replaceAll("[^a-z0-9]", "").toLowerCase();
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("mission", Map.of("title", "Summit Triple", "difficulty", "EASY", "points", 5, "island", island,
                "entryPoint", "triple"));
        body.put("description", "Return three times n.");
        body.put("reference", RIGHT);
        body.put("tests", List.of(
                Map.of("args", List.of(1), "expected", 3, "public", true),
                Map.of("args", List.of(-4), "expected", -12, "public", false, "category", "edge")));
        body.put("status", "PUBLISHED");
        author.request().contentType(ContentType.JSON).body(body).post("/api/missions").then().statusCode(201);
        return slug;
    }

    static io.restassured.response.Response submit(Login who, String slug) {
        return who.request().contentType(ContentType.JSON).body(Map.of("code", RIGHT, "mode", "check"))
                .post("/api/missions/" + slug + "/submissions");
    }

    @Test
    void aLockedIslandsMissionsAreReadableButSubmittingSaysWhatIsMissingUntilThePlayerHasThePoints() {
        Login author = TestPlayers.registerWithRoles("author", Role.AUTHOR);
        String island = "summit-" + TestPlayers.uniqueName("i").replaceAll("[^a-z0-9]", "").toLowerCase();
        String slug = missionOnIsland(author, island);
        islands.replaceAll(List.of(new IslandDeclarations.Declaration("test-island", "Test Island", 0),
                new IslandDeclarations.Declaration(island, "The Summit", 10)));

        Login player = TestPlayers.register("traveller");
        player.request().get("/api/islands").then().statusCode(200)
                .body("player", equalTo(player.name())).body("points", equalTo(0)).body("level", equalTo(1))
                .body("islands[0].name", equalTo("test-island")).body("islands[0].open", equalTo(true))
                .body("islands[1].name", equalTo(island)).body("islands[1].open", equalTo(false))
                .body("islands[1].unlockPoints", equalTo(10)).body("islands[1].pointsNeeded", equalTo(10))
                .body("islands[1].missions", equalTo(1))
                .body("islands.find { it.name == 'float-island' }.open", equalTo(true)); // undeclared: open
        given().get("/api/islands").then().statusCode(200).body("player", nullValue())
                .body("islands[1].open", equalTo(false));

        given().get("/api/missions/" + slug).then().statusCode(200).body("island", equalTo(island));
        submit(player, slug).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("'The Summit' (" + island + ") opens at 10 points; you have 0, 10 more"));
        player.request().post("/api/missions/" + slug + "/solutions/unlock").then().statusCode(403);

        submit(author, slug).then().statusCode(202);
        submit(TestPlayers.admin(), slug).then().statusCode(202);

        Checks.accepted(player, "add-two", "def add(a, b):\n    return a + b\n"); // 10 points
        player.request().get("/api/islands").then().statusCode(200).body("points", equalTo(10))
                .body("islands[0].solved", greaterThanOrEqualTo(1))
                .body("islands[1].open", equalTo(true)).body("islands[1].pointsNeeded", equalTo(0));
        Checks.accepted(player, slug, RIGHT);
        given().get("/api/players/" + player.name()).then().statusCode(200).body("points", equalTo(15))
                .body("level", equalTo(1)).body("nextLevelAt", equalTo(20)).body("reputation", equalTo(0));
    }

    @Test
    void levelsComeFromPointsOnProfilesAndLeaderboardRows() {
        Login player = TestPlayers.register("climber");
        given().get("/api/players/" + player.name()).then().statusCode(200)
                .body("level", equalTo(1)).body("nextLevelAt", equalTo(20));
        Checks.accepted(player, "half-of", "def half(x):\n    return x / 2\n"); // 30 points
        given().get("/api/players/" + player.name()).then().statusCode(200).body("points", equalTo(30))
                .body("level", equalTo(2)).body("nextLevelAt", equalTo(50));
        given().queryParam("size", 100).get("/api/leaderboard").then().statusCode(200)
                .body("items.level", everyItem(notNullValue()))
                .body("items.find { it.points == 30 }.level", equalTo(2));
        given().queryParam("size", 100).get("/api/missions/half-of/leaderboard").then().statusCode(200)
                .body("items.level", everyItem(greaterThanOrEqualTo(2))); // every solver of half-of has its 30 points
    }
}
