package dev.sandcastle.player;

import static dev.sandcastle.submission.Submissions.awaitDone;
import static dev.sandcastle.submission.Submissions.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may read what: every rule proven with a second player's token. */
@QuarkusTest
class SubmissionAccessTest {

    private static final String ADD = "def add(a, b):\n    return a + b\n";

    @Test
    void submissionEndpointsNeedABearerToken() {
        given().contentType(ContentType.JSON).body(Map.of("code", ADD, "mode", "run"))
                .post("/api/missions/add-two/submissions").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        given().get("/api/submissions/1").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/players/me/submissions").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer sc_not-a-token").get("/api/players/me/submissions")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theOldPlayerHeaderNoLongerIdentifiesAnyone() {
        given().header("X-Player", "ada").get("/api/players/me/submissions").then().statusCode(401);
    }

    @Test
    void anotherPlayersSubmissionIsNotFoundAndNotInTheirHistory() {
        long id = submit("access-owner", "add-two", ADD, "check");
        awaitDone("access-owner", id).body("code", equalTo(ADD));
        TestPlayers.as("access-other").request().get("/api/submissions/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        TestPlayers.as("access-other").request().queryParam("wait", 1).get("/api/submissions/" + id).then().statusCode(404);
        String history = TestPlayers.as("access-other").request().get("/api/players/me/submissions")
                .then().statusCode(200).extract().asString();
        assertThat(history, not(containsString("\"id\":" + id + ",")));
        // an author is no one's reviewer either
        TestPlayers.registerWithRoles("access-author", Role.AUTHOR).request().get("/api/submissions/" + id)
                .then().statusCode(404);
    }

    @Test
    void anAdminReadsAnyonesSubmission() {
        long id = submit("access-reviewed", "add-two", ADD, "run");
        awaitDone("access-reviewed", id);
        TestPlayers.admin().request().get("/api/submissions/" + id).then().statusCode(200)
                .body("id", equalTo((int) id)).body("code", equalTo(ADD));
    }

    @Test
    void aRevokedTokenCannotReadItsOwnSubmissions() {
        TestPlayers.Login login = TestPlayers.register("access-revoked");
        login.request().contentType(ContentType.JSON).body(Map.of("code", ADD, "mode", "run"))
                .post("/api/missions/add-two/submissions").then().statusCode(202);
        login.request().delete("/api/tokens/current").then().statusCode(204);
        login.request().get("/api/players/me/submissions").then().statusCode(401);
    }

    @Test
    void noPlayerOrAuthorSeesTheReferenceSolutionOrHiddenTests() {
        long id = submit("access-checker", "add-two", "def add(a, b):\n    return [a, b]\n", "check");
        String own = awaitDone("access-checker", id).extract().asString();
        List<TestPlayers.Login> readers = List.of(TestPlayers.as("access-checker"), TestPlayers.register("access-second"),
                TestPlayers.registerWithRoles("access-writer", Role.AUTHOR));
        for (TestPlayers.Login reader : readers) {
            String mission = reader.request().get("/api/missions/add-two").then().statusCode(200).extract().asString();
            String list = reader.request().get("/api/missions").then().statusCode(200).extract().asString();
            for (String body : new String[] {own, mission, list}) {
                // hidden arguments and answers of add-two's tests, and its reference solution's body
                for (String secret : new String[] {"987654321", "31337", "987685658", "77123", "return a + b"}) {
                    assertThat(body, not(containsString(secret)));
                }
                assertThat(body, not(containsString("reference")));
            }
        }
    }
}
