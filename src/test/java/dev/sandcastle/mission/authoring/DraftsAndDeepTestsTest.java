package dev.sandcastle.mission.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandcastle.player.Role;
import dev.sandcastle.player.TestPlayers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 14, point 5: a draft's existence is not disclosed; a deeply nested test never reaches a worker. */
@QuarkusTest
class DraftsAndDeepTestsTest {

    @Test
    void aPlayersHistoryFilteredByADraftAnswersLikeAMissingMission() {
        var author = TestPlayers.registerWithRoles("draft-author", Role.AUTHOR);
        String draft = AuthoringApiTest.slug();
        author.request().contentType(ContentType.JSON).body(AuthoringApiTest.body(draft, "def triple(n):\n    return 3 * n\n"))
                .post("/api/missions").then().statusCode(201).body("published", equalTo(false));
        var player = TestPlayers.register("draft-prober");
        String missing = player.request().queryParam("mission", "no-such-" + draft).get("/api/players/me/submissions")
                .then().statusCode(404).contentType("application/problem+json").extract().path("title");
        player.request().queryParam("mission", draft).get("/api/players/me/submissions")
                .then().statusCode(404).contentType("application/problem+json").body("title", equalTo(missing))
                .body("detail", equalTo("There is no mission '" + draft + "'."));
    }

    @Test
    void aTestArgumentNestedNineHundredDeepIsRefusedBeforeGrading() throws Exception {
        var author = TestPlayers.registerWithRoles("deep-author", Role.AUTHOR);
        Map<String, Object> body = AuthoringApiTest.body(AuthoringApiTest.slug(), "def triple(n):\n    return 3 * n\n");
        body.put("tests", List.of(
                Map.of("args", List.of(1), "expected", 3, "public", true),
                Map.of("args", List.of("DEEP"), "expected", 0, "public", false, "category", "deep")));
        String deep = "[".repeat(900) + "1" + "]".repeat(900);
        String json = new ObjectMapper().writeValueAsString(body).replace("\"DEEP\"", deep);
        long start = System.nanoTime();
        author.request().contentType(ContentType.JSON).body(json).post("/api/missions").then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors.message", hasItem(containsString("nested more than 100 levels deep")));
        System.out.printf("900-deep test argument refused in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }
}
