package dev.sandcastle.submission;

import dev.sandcastle.player.TestPlayers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static dev.sandcastle.submission.Submissions.awaitDone;
import static dev.sandcastle.submission.Submissions.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Submissions graded end to end by the real worker sandbox. */
@QuarkusTest
class SubmissionApiTest {

    @Test
    void runGradesOnlyThePublicExamplesAndShowsArgsExpectedActualAndOutput() {
        long id = submit("runner", "add-two", "def add(a, b):\n    print('adding', a, b)\n    return a * b\n", "run");
        awaitDone("runner", id)
                .body("mode", equalTo("RUN")).body("status", equalTo("DONE"))
                .body("verdict", equalTo("WRONG_ANSWER"))
                .body("score", nullValue())
                .body("missionVersion", equalTo(1))
                .body("tests.index", contains(0, 1))
                .body("tests.public", everyItem(equalTo(true)))
                .body("tests.verdict", contains("WRONG_ANSWER", "WRONG_ANSWER"))
                .body("tests[0].args", contains(1, 2)).body("tests[0].expected", equalTo(3))
                .body("tests[0].actual", equalTo(2)).body("tests[0].stdout", equalTo("adding 1 2\n"))
                .body("tests[1].actual", equalTo(200))
                .body("message", containsString("Example 1"))
                .body("code", containsString("print('adding'"))
                .body("codeLength", equalTo(40))
                .body("gradedAt", notNullValue());
    }

    @Test
    void anAcceptedCheckScoresTheMissionsPointsAndReportsHiddenTestsByCategoryOnly() {
        long id = submit("checker", "add-two", "def add(a, b):\n    return a + b\n", "check");
        awaitDone("checker", id)
                .body("verdict", equalTo("ACCEPTED")).body("score", equalTo(10))
                .body("tests.index", contains(0, 1, 2, 3))
                .body("tests.public", contains(true, true, false, false))
                .body("tests.category", contains("basic", "basic", "big", "edge"))
                .body("tests.verdict", everyItem(equalTo("ACCEPTED")))
                .body("tests[2]", not(hasKey("args"))).body("tests[2]", not(hasKey("expected")))
                .body("tests[2]", not(hasKey("actual"))).body("tests[2]", not(hasKey("stdout")))
                .body("tests[2]", not(hasKey("cpuMs"))).body("tests[2]", not(hasKey("statements")))
                .body("cpuMs", greaterThanOrEqualTo(0));
    }

    @Test
    void hiddenInputsAndAnswersNeverAppearInAnyResponse() {
        // prints its inputs, echoes them in an exception, and returns something wrong
        String leaky = """
                def add(a, b):
                    print('inputs', a, b)
                    if a > 1000:
                        raise ValueError(f'got {a} and {b}')
                    return [a, b]
                """;
        long check = submit("snoop", "add-two", leaky, "check");
        long wordCheck = submit("snoop", "word-set", "def unique_words(text):\n    print(text)\n    return [text]\n", "check");
        String detail = awaitDone("snoop", check).body("verdict", equalTo("WRONG_ANSWER")).extract().asString();
        String wordDetail = awaitDone("snoop", wordCheck).extract().asString();
        String history = TestPlayers.as("snoop").request().get("/api/players/me/submissions").then().statusCode(200)
                .extract().asString();
        String mission = given().get("/api/missions/add-two").then().extract().asString();
        String words = given().get("/api/missions/word-set").then().extract().asString();
        for (String body : new String[] {detail, wordDetail, history, mission, words}) {
            for (String secret : new String[] {"987654321", "31337", "987685658", "77123", "zebra-secret", "quokka-secret"}) {
                assertThat(body, not(containsString(secret)));
            }
        }
        // the public examples, on the other hand, are shown in full
        assertThat(detail, containsString("\"stdout\":\"inputs 1 2\\n\""));
    }

    @Test
    void aSyntaxErrorIsReportedWithoutTestResults() {
        long id = submit("typo", "add-two", "def add(a, b)\n    return a + b\n", "check");
        awaitDone("typo", id).body("verdict", equalTo("SYNTAX_ERROR")).body("score", equalTo(0));
    }

    @Test
    void aSubmissionIsVisibleToItsOwnerOnly() {
        long id = submit("owner", "half-of", "def half(x):\n    return x / 2\n", "run");
        TestPlayers.as("stranger").request().get("/api/submissions/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        TestPlayers.as("owner").request().get("/api/submissions/" + id).then().statusCode(200)
                .body("id", equalTo((int) id)).body("mission", equalTo("half-of"));
        TestPlayers.as("owner").request().get("/api/submissions/999999999").then().statusCode(404);
        TestPlayers.as("owner").request().get("/api/submissions/abc").then().statusCode(400); // not a number: a bad request (issue 14)
    }

    @Test
    void theLongPollIsCappedAndRejectsNegativeWaits() {
        long id = submit("poller", "half-of", "def half(x):\n    return x / 2\n", "check");
        TestPlayers.as("poller").request().queryParam("wait", -1).get("/api/submissions/" + id).then()
                .statusCode(400).contentType("application/problem+json");
        awaitDone("poller", id).body("verdict", equalTo("ACCEPTED")).body("score", equalTo(30));
        long started = System.nanoTime();
        TestPlayers.as("poller").request().queryParam("wait", 30).get("/api/submissions/" + id).then().statusCode(200);
        assertThat("a graded submission answers at once", (System.nanoTime() - started) / 1_000_000, lessThanOrEqualTo(2_000L));
    }

    @Test
    void aPlayersHistoryIsNewestFirstPagedAndFilteredByMission() {
        long first = submit("historian", "add-two", "def add(a, b):\n    return a + b\n", "run");
        long second = submit("historian", "half-of", "def half(x):\n    return x / 2\n", "run");
        long third = submit("historian", "add-two", "def add(a, b):\n    return b + a\n", "check");
        TestPlayers.as("historian").request().get("/api/players/me/submissions").then().statusCode(200)
                .body("items.id", contains((int) third, (int) second, (int) first)).body("total", equalTo(3))
                .body("items[0].mission", equalTo("add-two")).body("items[0].mode", equalTo("CHECK"))
                .body("items[0]", not(hasKey("code")));
        TestPlayers.as("historian").request().queryParam("size", 2).queryParam("page", 1)
                .get("/api/players/me/submissions").then().statusCode(200)
                .body("items.id", contains((int) first)).body("total", equalTo(3));
        TestPlayers.as("historian").request().queryParam("mission", "add-two")
                .get("/api/players/me/submissions").then().statusCode(200)
                .body("items.id", contains((int) third, (int) first)).body("total", equalTo(2));
        TestPlayers.as("historian").request().queryParam("mission", "nope")
                .get("/api/players/me/submissions").then().statusCode(404);
        TestPlayers.as("historian").request().queryParam("size", 500)
                .get("/api/players/me/submissions").then().statusCode(400);
        awaitDone("historian", third).body("verdict", equalTo("ACCEPTED"));
    }

    @Test
    void submittingToAnUnknownMissionIsNotFound() {
        TestPlayers.as("lost").request().contentType("application/json")
                .body("{\"code\": \"def f(): pass\", \"mode\": \"run\"}")
                .post("/api/missions/no-such-mission/submissions").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aResultIntOfTwoThousandDigitsIsStoredAndReadBack() {
        long id = submit("bigint", "add-two", "def add(a, b):\n    return 10 ** 2000\n", "run");
        String body = awaitDone("bigint", id).body("verdict", equalTo("WRONG_ANSWER")).extract().asString();
        assertThat(body, containsString("1" + "0".repeat(2000)));
        TestPlayers.as("bigint").request().get("/api/submissions/" + id).then().statusCode(200);
    }

    @Test
    void aNulInAnExceptionMessageAndInPrintedOutputIsStoredAsText() {
        long id = submit("nulbyte", "add-two", "def add(a, b):\n    print('a\\x00b')\n    raise ValueError('x\\x00y' * 100000)\n", "run");
        awaitDone("nulbyte", id)
                .body("status", equalTo("DONE"))
                .body("verdict", equalTo("RUNTIME_ERROR"))
                .body("tests[0].message", containsString("ValueError"))
                .body("tests[0].message", not(containsString("\u0000")))
                .body("tests[0].stdout", not(containsString("\u0000")));
    }
}
