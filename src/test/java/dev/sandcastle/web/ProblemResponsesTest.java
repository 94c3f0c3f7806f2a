package dev.sandcastle.web;

import dev.sandcastle.player.TestPlayers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Every error, Quarkus' own included, is RFC 7807 problem JSON with the right status. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    private static TestPlayers.Login ada;

    private static TestPlayers.Login ada() {
        if (ada == null) {
            ada = TestPlayers.register("ada");
        }
        return ada;
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        given().get("/api/nothing-here").then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404)).body("title", equalTo("Not Found"));
    }

    @Test
    void aWrongMethodIsAMethodNotAllowedProblem() {
        given().delete("/api/missions").then().statusCode(405).contentType(PROBLEM).body("status", equalTo(405));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaTypeProblem() {
        ada().request().contentType(ContentType.TEXT).body("def add(a, b): return a + b")
                .post("/api/missions/add-two/submissions")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void malformedJsonIsABadRequestProblemWithoutInternals() {
        ada().request().contentType(ContentType.JSON).body("{\"code\": \"x\", ")
                .post("/api/missions/add-two/submissions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("not valid JSON"))
                .body("detail", not(containsString("com.fasterxml")));
        ada().request().contentType(ContentType.JSON).body("{\"code\": [1, 2], \"mode\": \"run\"}")
                .post("/api/missions/add-two/submissions")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("'code'"));
    }

    @Test
    void aMissingBodyOrFieldIsAnUnprocessableProblemNamingTheField() {
        ada().request().contentType(ContentType.JSON).body("{\"mode\": \"run\"}")
                .post("/api/missions/add-two/submissions")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("code")).body("errors.message", hasItem("code is required"));
        ada().request().contentType(ContentType.JSON)
                .body(Map.of("code", "def add(a, b): return a + b", "mode", "walk"))
                .post("/api/missions/add-two/submissions")
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("mode"));
        ada().request().contentType(ContentType.JSON)
                .post("/api/missions/add-two/submissions")
                .then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void codeOverTheMissionsSizeLimitIsAContentTooLargeProblem() {
        // word-set allows 2000 bytes of code
        String code = "def unique_words(text):\n" + "    # padding\n".repeat(200) + "    return []\n";
        ada().request().contentType(ContentType.JSON).body(Map.of("code", code, "mode", "run"))
                .post("/api/missions/word-set/submissions")
                .then().statusCode(413).contentType(PROBLEM).body("detail", containsString("at most 2000 bytes"));
    }

    @Test
    void aBodyOverTheServerLimitIsAContentTooLargeProblem() {
        String code = "x".repeat(600 * 1024);
        ada().request().contentType(ContentType.JSON).body(Map.of("code", code, "mode", "run"))
                .post("/api/missions/add-two/submissions")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
    }

    @Test
    void aRequestWithoutAPlayerIsAnUnauthorizedProblem() {
        given().contentType(ContentType.JSON).body(Map.of("code", "def add(a, b): return a + b", "mode", "run"))
                .post("/api/missions/add-two/submissions")
                .then().statusCode(401).contentType(PROBLEM);
        given().get("/api/players/me/submissions").then().statusCode(401).contentType(PROBLEM);
    }
}
