package dev.sandcastle.leaderboard;

import static dev.sandcastle.submission.Submissions.awaitDone;
import static dev.sandcastle.submission.Submissions.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import dev.sandcastle.player.TestPlayers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks graded by the real queue and sandbox score through the hand-off. */
@QuarkusTest
class ScoringEndToEndTest {

    @Test
    void partialCreditThenAcceptanceThenDuplicatesScoreTheMissionExactlyOnce() {
        String player = "e2e-scorer";
        // add-two has categories basic, big and edge: this passes basic and edge, fails big
        long partial = submit(player, "add-two", "def add(a, b):\n    return a + b if abs(a) < 1000 else 0\n", "check");
        awaitDone(player, partial).body("verdict", equalTo("WRONG_ANSWER")).body("score", equalTo(6));
        String name = TestPlayers.as(player).name();
        given().get("/api/players/{name}", name).then().statusCode(200)
                .body("points", equalTo(6)).body("solved", equalTo(0));

        List<Long> accepted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            accepted.add(submit(player, "add-two", "def add(a, b):\n    return a + b  # try " + i + "\n", "check"));
        }
        long statements = -1;
        for (long id : accepted) {
            // the def, then one return per test; public tests show their own count
            statements = awaitDone(player, id).body("verdict", equalTo("ACCEPTED")).body("score", equalTo(10))
                    .body("statements", greaterThan(1))
                    .body("tests.findAll { it.public }.statements", everyItem(equalTo(1)))
                    .extract().jsonPath().getLong("statements");
        }
        given().get("/api/players/{name}", name).then().statusCode(200)
                .body("points", equalTo(10)).body("solved", equalTo(1))
                .body("missions.slug", contains("add-two")).body("missions[0].points", equalTo(10))
                .body("missions[0].solvedAt", notNullValue());
        // the shortest of the three accepted solutions (they differ only in a comment) is ranked
        given().queryParam("by", "shortest").queryParam("size", 100).get("/api/missions/add-two/leaderboard")
                .then().statusCode(200).body("items.findAll { it.name == '%s' }.codeLength".formatted(name), contains(21));
        // and the fastest, by statements executed (all three executed the same statements); the
        // board shows the run's total (hidden tests included) rounded down to a power of two
        List<Integer> shown = given().queryParam("by", "fastest").queryParam("size", 100).get("/api/missions/add-two/leaderboard")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.name == '%s' }.statements".formatted(name), Integer.class);
        org.junit.jupiter.api.Assertions.assertEquals(1, shown.size());
        org.junit.jupiter.api.Assertions.assertEquals(1, Integer.bitCount(shown.getFirst()), "a power of two: " + shown);
        org.junit.jupiter.api.Assertions.assertTrue(shown.getFirst() >= statements, "the run's total is at least the public tests'");
    }

    @Test
    void runsNeverScore() {
        String player = "e2e-runner";
        long id = submit(player, "half-of", "def half(x):\n    return x / 2\n", "run");
        awaitDone(player, id).body("verdict", equalTo("ACCEPTED"));
        given().get("/api/players/{name}", TestPlayers.as(player).name()).then().statusCode(200)
                .body("points", equalTo(0));
    }
}
