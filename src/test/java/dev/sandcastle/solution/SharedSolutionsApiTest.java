package dev.sandcastle.solution;

import dev.sandcastle.submission.CodeLength;
import dev.sandcastle.player.TestPlayers;
import dev.sandcastle.player.TestPlayers.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule of shared solutions over HTTP: who may publish what, no spoilers, unlocking gives
 * the points up (and scoring honours it), one vote per player and never on one's own, comment
 * limits, copy refusal and the admins' tools. The steps share players, in order.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedSolutionsApiTest {

    static final String MISSION = "add-two"; // 10 points, test-missions
    static final String ALICE_CODE = "def add(a, b):\n    return a + b\n";
    // the same program: other names, a comment, a docstring, other blank space
    static final String BOB_COPY = "def add(x,y):\n    \"\"\"Sum.\"\"\"\n    # my own work\n    return x+y\n";
    static final String BOB_OWN = "def add(a, b):\n    return sum([a, b])\n";
    static final String CAROL_CODE = "def add(a, b):\n    total = a\n    total += b\n    return total\n";

    Login alice;
    Login bob;
    Login carol;
    long aliceCheck;
    long bobCopy;
    long bobOwn;
    long carolCheck;
    long aliceSolution;
    long bobSolution;
    long carolComment;

    @Test
    @Order(0)
    void threePlayersSolveTheMission() {
        alice = TestPlayers.register("alice");
        bob = TestPlayers.register("bob");
        carol = TestPlayers.register("carol");
        aliceCheck = Checks.accepted(alice, MISSION, ALICE_CODE);
        bobCopy = Checks.accepted(bob, MISSION, BOB_COPY);
        bobOwn = Checks.accepted(bob, MISSION, BOB_OWN);
        carolCheck = Checks.accepted(carol, MISSION, CAROL_CODE);
    }

    static Response publish(Login who, String slug, Object submissionId, String category, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("submissionId", submissionId);
        body.put("category", category);
        if (note != null) {
            body.put("note", note);
        }
        return who.request().contentType(ContentType.JSON).body(body).post("/api/missions/" + slug + "/solutions");
    }

    @Test
    @Order(1)
    void aPlayerPublishesTheirOwnAcceptedCheckOncePerCategory() {
        aliceSolution = ((Number) publish(alice, MISSION, aliceCheck, "clear", "Plain addition.").then().statusCode(201)
                .body("author", equalTo(alice.name())).body("category", equalTo("clear"))
                .body("code", equalTo(ALICE_CODE)).body("votes", equalTo(0)).body("note", equalTo("Plain addition."))
                .body("codeLength", equalTo(CodeLength.of(ALICE_CODE))).body("statements", notNullValue())
                .extract().path("id")).longValue();
        publish(alice, MISSION, aliceCheck, "clear", null).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("already published a 'clear'"));
    }

    @Test
    @Order(2)
    void publishingAnythingButYourOwnAcceptedCheckOfThatMissionIsRefused() {
        long run = Checks.graded(alice, MISSION, ALICE_CODE, "run", "ACCEPTED");
        long wrong = Checks.graded(alice, MISSION, "def add(a, b):\n    return a - b\n", "check", "WRONG_ANSWER");
        publish(bob, MISSION, aliceCheck, "creative", null).then().statusCode(403)
                .body("detail", containsString("not yours"));
        publish(alice, MISSION, run, "creative", null).then().statusCode(422)
                .body("errors[0].field", equalTo("submissionId")).body("errors[0].message", containsString("accepted Check"));
        publish(alice, MISSION, wrong, "creative", null).then().statusCode(422)
                .body("errors[0].message", containsString("WRONG_ANSWER"));
        publish(alice, "word-set", aliceCheck, "creative", null).then().statusCode(422)
                .body("errors[0].message", containsString("not of 'word-set'"));
        publish(alice, MISSION, 999_999_999L, "creative", null).then().statusCode(422)
                .body("errors[0].field", equalTo("submissionId"));
        publish(alice, MISSION, aliceCheck, "fastest", null).then().statusCode(422)
                .body("errors[0].field", equalTo("category"));
        publish(alice, MISSION, null, "creative", null).then().statusCode(422)
                .body("errors[0].field", equalTo("submissionId"));
        publish(alice, MISSION, aliceCheck, "creative", "x".repeat(1001)).then().statusCode(422)
                .body("errors[0].field", equalTo("note"));
        publish(alice, "no-such-mission", aliceCheck, "creative", null).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("submissionId", aliceCheck, "category", "clear"))
                .post("/api/missions/" + MISSION + "/solutions").then().statusCode(401);
    }

    @Test
    @Order(3)
    void aCopyOfAnEarlierPublishedSolutionByAnotherPlayerIsRefused() {
        publish(bob, MISSION, bobCopy, "creative", null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("same program as solution " + aliceSolution))
                .body("detail", containsString("published earlier by another player"));
        bobSolution = ((Number) publish(bob, MISSION, bobOwn, "creative", "<b>bold</b> claim").then().statusCode(201)
                .body("note", equalTo("<b>bold</b> claim")).extract().path("id")).longValue();
    }

    @Test
    @Order(4)
    void onlyPlayersWhoSolvedOrUnlockedTheMissionReadItsSolutions() {
        Login stranger = TestPlayers.register("stranger");
        stranger.request().get("/api/missions/" + MISSION + "/solutions").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("unlock"))
                .body(not(containsString(ALICE_CODE)));
        given().get("/api/missions/" + MISSION + "/solutions").then().statusCode(401);

        carol.request().queryParam("sort", "newest").queryParam("size", 100)
                .get("/api/missions/" + MISSION + "/solutions").then().statusCode(200)
                .body("items.find { it.id == " + aliceSolution + " }.author", equalTo(alice.name()))
                .body("items.find { it.id == " + aliceSolution + " }.code", equalTo(ALICE_CODE))
                .body("items.find { it.id == " + bobSolution + " }.category", equalTo("creative"))
                .body("items.find { it.id == " + bobSolution + " }.codeLength", equalTo(CodeLength.of(BOB_OWN)));
        carol.request().queryParam("category", "clear").queryParam("size", 100)
                .get("/api/missions/" + MISSION + "/solutions").then().statusCode(200)
                .body("items.category", everyItem(equalTo("clear"))).body("items.id", not(hasItem((int) bobSolution)));
        List<Integer> lengths = carol.request().queryParam("sort", "shortest").queryParam("size", 100)
                .get("/api/missions/" + MISSION + "/solutions").then().statusCode(200).extract().path("items.codeLength");
        assertEquals(lengths.stream().sorted().toList(), lengths, "shortest first");
        List<Integer> newest = carol.request().queryParam("sort", "newest").queryParam("size", 100)
                .get("/api/missions/" + MISSION + "/solutions").then().extract().path("items.id");
        assertEquals(newest.stream().sorted(java.util.Comparator.reverseOrder()).toList(), newest, "newest first");
        carol.request().queryParam("sort", "fastest").get("/api/missions/" + MISSION + "/solutions").then().statusCode(200);
        carol.request().queryParam("sort", "loudest").get("/api/missions/" + MISSION + "/solutions").then().statusCode(400);
        carol.request().queryParam("category", "weird").get("/api/missions/" + MISSION + "/solutions").then().statusCode(400);
    }

    @Test
    @Order(5)
    void unlockingGivesUpTheMissionsPointsAndALaterCheckScoresNothing() {
        Login quitter = TestPlayers.register("quitter");
        quitter.request().post("/api/missions/" + MISSION + "/solutions/unlock").then().statusCode(200)
                .body("forfeited", equalTo(true)).body("pointsKept", equalTo(0))
                .body("message", containsString("gave up its 10 points"));
        quitter.request().get("/api/missions/" + MISSION + "/solutions").then().statusCode(200);

        long later = Checks.accepted(quitter, MISSION, "def add(a, b):\n    return b + a\n");
        quitter.request().get("/api/submissions/" + later).then().body("score", equalTo(0));
        given().get("/api/players/" + quitter.name()).then().statusCode(200)
                .body("points", equalTo(0)).body("solved", equalTo(0)).body("missions.size()", equalTo(0));
        for (String by : List.of("first", "shortest", "fastest")) {
            List<String> names = given().queryParam("by", by).queryParam("size", 100)
                    .get("/api/missions/" + MISSION + "/leaderboard").then().statusCode(200).extract().path("items.name");
            assertTrue(!names.contains(quitter.name()), by + ": " + names);
        }
        publish(quitter, MISSION, later, "clear", null).then().statusCode(403)
                .body("detail", containsString("unlocked the solutions"));

        // a solver who "unlocks" gives nothing up
        alice.request().post("/api/missions/" + MISSION + "/solutions/unlock").then().statusCode(200)
                .body("forfeited", equalTo(false)).body("pointsKept", equalTo(10));
        given().get("/api/players/" + alice.name()).then().body("points", equalTo(10));
    }

    static Response vote(Login who, long solution, Object value) {
        return who.request().contentType(ContentType.JSON).body(value == null ? Map.of() : Map.of("value", value))
                .put("/api/solutions/" + solution + "/vote");
    }

    @Test
    @Order(6)
    void aPlayerVotesOncePerSolutionNeverOnTheirOwnAndVotesMakeReputation() {
        vote(alice, aliceSolution, 1).then().statusCode(403).body("detail", containsString("your own"));
        Login quitter = TestPlayers.register("unlocker");
        quitter.request().post("/api/missions/" + MISSION + "/solutions/unlock").then().statusCode(200);
        vote(quitter, bobSolution, 1).then().statusCode(403).body("detail", containsString("who solved"));

        vote(carol, bobSolution, 1).then().statusCode(200).body("votes", equalTo(1)).body("myVote", equalTo(1));
        vote(carol, bobSolution, 1).then().statusCode(200).body("votes", equalTo(1));
        given().get("/api/players/" + bob.name()).then().body("reputation", equalTo(1));
        vote(carol, bobSolution, -1).then().statusCode(200).body("votes", equalTo(-1));
        given().get("/api/players/" + bob.name()).then().body("reputation", equalTo(-1));
        vote(carol, bobSolution, 0).then().statusCode(200).body("votes", equalTo(0)).body("myVote", equalTo(0));
        vote(alice, bobSolution, 1).then().statusCode(200).body("votes", equalTo(1));
        given().get("/api/players/" + bob.name()).then().body("reputation", equalTo(1));
        carol.request().get("/api/missions/" + MISSION + "/solutions?size=100").then()
                .body("items.find { it.id == " + bobSolution + " }.votes", equalTo(1))
                .body("items.find { it.id == " + bobSolution + " }.myVote", equalTo(0));

        vote(carol, bobSolution, 2).then().statusCode(422).body("errors[0].field", equalTo("value"));
        vote(carol, bobSolution, null).then().statusCode(422);
        vote(carol, bobSolution, "1").then().statusCode(400);
        vote(carol, 999_999_999L, 1).then().statusCode(404);
    }

    @Test
    @Order(7)
    void manyVotesOfOnePlayerSentAtOnceCountOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> votes = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                votes.add(() -> vote(carol, aliceSolution, 1).statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(votes)) {
                assertEquals(200, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        carol.request().get("/api/missions/" + MISSION + "/solutions?size=100").then()
                .body("items.find { it.id == " + aliceSolution + " }.votes", equalTo(1));
        given().get("/api/players/" + alice.name()).then().body("reputation", equalTo(1));
    }

    static Response comment(Login who, long solution, String text) {
        return who.request().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/solutions/" + solution + "/comments");
    }

    @Test
    @Order(8)
    void commentsAreTextTheirAuthorEditsAndDeletesWithinALengthLimit() {
        String hostile = "<script>alert(1)</script> nice & <b>short</b>";
        carolComment = ((Number) comment(carol, aliceSolution, hostile).then().statusCode(201)
                .body("text", equalTo(hostile)).body("author", equalTo(carol.name())).body("editedAt", nullValue())
                .extract().path("id")).longValue();
        alice.request().get("/api/solutions/" + aliceSolution + "/comments").then().statusCode(200)
                .body("items.find { it.id == " + carolComment + " }.text", equalTo(hostile));
        comment(carol, aliceSolution, "   ").then().statusCode(422).body("errors[0].field", equalTo("text"));
        comment(carol, aliceSolution, "y".repeat(2001)).then().statusCode(422)
                .body("errors[0].message", containsString("at most 2000"));
        comment(carol, aliceSolution, "y".repeat(2000)).then().statusCode(201);
        TestPlayers.register("outsider").request().get("/api/solutions/" + aliceSolution + "/comments").then()
                .statusCode(403);

        bob.request().contentType(ContentType.JSON).body(Map.of("text", "hijacked"))
                .put("/api/comments/" + carolComment).then().statusCode(403);
        bob.request().delete("/api/comments/" + carolComment).then().statusCode(403);
        carol.request().contentType(ContentType.JSON).body(Map.of("text", "edited"))
                .put("/api/comments/" + carolComment).then().statusCode(200)
                .body("text", equalTo("edited")).body("editedAt", notNullValue());
        carol.request().delete("/api/comments/" + carolComment).then().statusCode(204);
        alice.request().get("/api/solutions/" + aliceSolution + "/comments").then()
                .body("items.id", not(hasItem((int) carolComment)));
        carol.request().delete("/api/comments/" + carolComment).then().statusCode(404);
    }

    @Test
    @Order(9)
    void aPlayerWhoCommentsTooOftenGets429WithRetryAfter() {
        Login chatty = TestPlayers.register("chatty");
        chatty.request().post("/api/missions/" + MISSION + "/solutions/unlock").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            comment(chatty, bobSolution, "comment " + i).then().statusCode(201);
        }
        Response refused = comment(chatty, bobSolution, "one too many");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("detail", containsString("At most 5 comments"));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(5, ((Number) chatty.request().queryParam("size", 100)
                .get("/api/solutions/" + bobSolution + "/comments").then().extract()
                .path("items.findAll { it.author == '" + chatty.name() + "' }.size()")).intValue());
    }

    @Test
    @Order(10)
    void adminsHideCommentsAndSolutionsFromPlayers() {
        long comment = ((Number) comment(carol, bobSolution, "rude words").then().statusCode(201).extract().path("id"))
                .longValue();
        Login admin = TestPlayers.admin();
        Map<String, Object> hide = Map.of("hidden", true);
        carol.request().contentType(ContentType.JSON).body(hide).put("/api/comments/" + comment + "/hidden").then()
                .statusCode(403);
        admin.request().contentType(ContentType.JSON).body(hide).put("/api/comments/" + comment + "/hidden").then()
                .statusCode(200).body("hidden", equalTo(true));
        alice.request().queryParam("size", 100).get("/api/solutions/" + bobSolution + "/comments").then()
                .body("items.id", not(hasItem((int) comment)));
        admin.request().queryParam("size", 100).get("/api/solutions/" + bobSolution + "/comments").then()
                .body("items.find { it.id == " + comment + " }.hidden", equalTo(true));
        carol.request().contentType(ContentType.JSON).body(Map.of("text", "back")).put("/api/comments/" + comment)
                .then().statusCode(404);

        bob.request().contentType(ContentType.JSON).body(hide).put("/api/solutions/" + bobSolution + "/hidden").then()
                .statusCode(403);
        admin.request().contentType(ContentType.JSON).body(hide).put("/api/solutions/" + bobSolution + "/hidden").then()
                .statusCode(200).body("hidden", equalTo(true));
        carol.request().queryParam("size", 100).get("/api/missions/" + MISSION + "/solutions").then()
                .body("items.id", not(hasItem((int) bobSolution)));
        vote(carol, bobSolution, 1).then().statusCode(404);
        carol.request().get("/api/solutions/" + bobSolution + "/comments").then().statusCode(404);
        admin.request().queryParam("size", 100).get("/api/missions/" + MISSION + "/solutions").then()
                .body("items.find { it.id == " + bobSolution + " }.hidden", equalTo(true));
        admin.request().contentType(ContentType.JSON).body(Map.of("hidden", false))
                .put("/api/solutions/" + bobSolution + "/hidden").then().statusCode(200).body("hidden", equalTo(false));
    }

    @Test
    @Order(11)
    void adminsListIdenticalAcceptedSolutionsByDifferentPlayers() {
        TestPlayers.admin().request().queryParam("mission", MISSION).queryParam("size", 100)
                .get("/api/admin/copies").then().statusCode(200)
                .body("items.find { it.players.name.contains('" + bob.name() + "') }.players.name", hasItem(alice.name()))
                .body("items.find { it.players.name.contains('" + bob.name() + "') }.players.find { it.name == '"
                        + bob.name() + "' }.submissionId", equalTo((int) bobCopy))
                .body("items.players.name.flatten()", not(hasItem(carol.name())));
        carol.request().get("/api/admin/copies").then().statusCode(403);
        TestPlayers.admin().request().queryParam("mission", "no-such-mission").get("/api/admin/copies").then()
                .statusCode(404);
    }

    @Test
    @Order(12)
    void publishingVotingAndCommentingNeverChangePointsWhichAreEarnedOnce() {
        Checks.accepted(alice, MISSION, "def add(a, b):\n    return a + b + 0\n");
        for (Login player : List.of(alice, bob, carol)) {
            given().get("/api/players/" + player.name()).then().statusCode(200)
                    .body("points", equalTo(10)).body("solved", equalTo(1)).body("level", equalTo(1))
                    .body("nextLevelAt", equalTo(20));
        }
    }
}
