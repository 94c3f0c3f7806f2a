package dev.sandcastle.leaderboard;

import static dev.sandcastle.leaderboard.Scoring.accepted;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sandcastle.database.EmbeddedPostgresTestResource;
import dev.sandcastle.player.TestPlayers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Windowed and island boards, and around-me, over HTTP (scores recorded with explicit times). */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class BoardsTest {
    // 2031-03-09 is a Sunday: the week of 2031-03-03 ends at 2031-03-10T00:00:00Z
    private static final Instant SUNDAY_LAST_MICRO = Instant.parse("2031-03-09T23:59:59.999999Z");
    private static final Instant MONDAY_MIDNIGHT = Instant.parse("2031-03-10T00:00:00Z");

    @Inject
    Scoring scoring;

    @Inject
    EntityManager em;

    private long player(String prefix) {
        return scoring.playerId(TestPlayers.register(prefix).name());
    }

    private String name(long playerId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT name FROM players WHERE id = ?1").setParameter(1, playerId).getSingleResult());
    }

    private static String island() {
        return TestPlayers.uniqueName("isle").toLowerCase();
    }

    private long mission(String island, int points) {
        String slug = TestPlayers.uniqueName("bm").toLowerCase();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        INSERT INTO missions (slug, title, difficulty, difficulty_rank, points, island)
                        VALUES (?1, ?1, 'EASY', 1, ?2, ?3) RETURNING id""")
                .setParameter(1, slug).setParameter(2, points).setParameter(3, island)
                .getSingleResult()).longValue());
    }

    private static ValidatableResponse board(String island, String window, Instant at) {
        return given().queryParam("island", island).queryParam("window", window).queryParam("at", at.toString())
                .queryParam("size", 100).get("/api/leaderboard").then().statusCode(200);
    }

    @Test
    void aPointEarnedInTheLastMicrosecondOfSundayCountsForThatWeekAndMidnightMondayForTheNext() {
        String island = island();
        long m1 = mission(island, 40);
        long m2 = mission(island, 30);
        long sunday = player("sun");
        long monday = player("mon");
        scoring.record(accepted(sunday, m1, 40, SUNDAY_LAST_MICRO));
        scoring.record(accepted(monday, m2, 30, MONDAY_MIDNIGHT));

        board(island, "week", SUNDAY_LAST_MICRO)
                .body("items.name", equalTo(List.of(name(sunday))))
                .body("from", equalTo("2031-03-03")).body("until", equalTo("2031-03-10"))
                .body("window", equalTo("week")).body("island", equalTo(island));
        board(island, "week", MONDAY_MIDNIGHT)
                .body("items.name", equalTo(List.of(name(monday))))
                .body("items[0].points", equalTo(30)).body("items[0].rank", equalTo(1)).body("total", equalTo(1));
        // same month and season: both, by points
        board(island, "month", MONDAY_MIDNIGHT).body("items.name", equalTo(List.of(name(sunday), name(monday))));
        board(island, "season", SUNDAY_LAST_MICRO).body("items.name", equalTo(List.of(name(sunday), name(monday))))
                .body("from", equalTo("2031-01-01")).body("until", equalTo("2031-04-01"));
        // a week with nothing in it
        board(island, "week", MONDAY_MIDNIGHT.plusSeconds(7 * 86_400)).body("items", equalTo(List.of())).body("total", equalTo(0));
    }

    @Test
    void theMonthAndSeasonEdgesAreMidnightUtc() {
        String island = island();
        long m = mission(island, 10);
        long march = player("mar");
        long april = player("apr");
        scoring.record(accepted(march, m, 10, Instant.parse("2031-03-31T23:59:59Z")));
        scoring.record(accepted(april, m, 10, Instant.parse("2031-04-01T00:00:00Z")));
        board(island, "month", Instant.parse("2031-03-15T00:00:00Z")).body("items.name", equalTo(List.of(name(march))));
        board(island, "month", Instant.parse("2031-04-15T00:00:00Z")).body("items.name", equalTo(List.of(name(april))));
        board(island, "season", Instant.parse("2031-03-01T00:00:00Z")).body("items.name", equalTo(List.of(name(march))));
        board(island, "season", Instant.parse("2031-06-30T00:00:00Z")).body("items.name", equalTo(List.of(name(april))));
        board(island, "all", Instant.now()).body("items.name", equalTo(List.of(name(march), name(april))));
    }

    @Test
    void anIslandBoardCountsOnlyThatIslandsMissions() {
        String island = island();
        String other = island();
        long here = mission(island, 20);
        long there = mission(other, 500);
        long p = player("scope");
        long q = player("scope");
        scoring.record(accepted(p, here, 20, MONDAY_MIDNIGHT));
        scoring.record(accepted(q, there, 500, MONDAY_MIDNIGHT));
        scoring.record(accepted(q, here, 20, MONDAY_MIDNIGHT.plusSeconds(1)));
        board(island, "all", Instant.now())
                .body("items.name", equalTo(List.of(name(p), name(q))))
                .body("items.points", equalTo(List.of(20, 20)))
                .body("items.solved", equalTo(List.of(1, 1)));
        board(other, "week", MONDAY_MIDNIGHT).body("items.name", equalTo(List.of(name(q))))
                .body("items[0].points", equalTo(500));
        // the global weekly board has both with all their points of that week
        List<String> names = given().queryParam("window", "week").queryParam("at", MONDAY_MIDNIGHT.toString())
                .queryParam("size", 100).get("/api/leaderboard").then().statusCode(200).extract().path("items.name");
        assertEquals(names.indexOf(name(q)) < names.indexOf(name(p)), true);
    }

    @Test
    void aroundMeIsCutAtTheTopAndTheBottomOfTheBoard() {
        String island = island();
        long m = mission(island, 100);
        long[] players = new long[6];
        for (int i = 0; i < players.length; i++) {
            players[i] = player("ar");
            // partial credit is not involved: every player solves once; points differ by mission value
            long mi = mission(island, 100 - i * 10);
            scoring.record(accepted(players[i], mi, 100 - i * 10, MONDAY_MIDNIGHT.plusSeconds(i)));
        }
        long outsider = player("ar");
        // top: rank 1 with radius 2 -> ranks 1..3
        given().queryParam("island", island).queryParam("radius", 2)
                .get("/api/leaderboard/around/{name}", name(players[0])).then().statusCode(200)
                .body("rank", equalTo(1)).body("items.rank", equalTo(List.of(1, 2, 3)))
                .body("items[0].name", equalTo(name(players[0]))).body("total", equalTo(6));
        // bottom: rank 6 -> ranks 4..6
        given().queryParam("island", island).queryParam("radius", 2)
                .get("/api/leaderboard/around/{name}", name(players[5])).then().statusCode(200)
                .body("rank", equalTo(6)).body("items.rank", equalTo(List.of(4, 5, 6)))
                .body("items[2].name", equalTo(name(players[5])));
        // middle: rank 3 -> 1..5, in the same row shape as the board
        given().queryParam("island", island).queryParam("radius", 2)
                .get("/api/leaderboard/around/{name}", name(players[2]).toUpperCase()).then().statusCode(200)
                .body("player", equalTo(name(players[2])))
                .body("items.rank", equalTo(List.of(1, 2, 3, 4, 5))).body("items[2].points", equalTo(80));
        // radius 0: just the player
        given().queryParam("island", island).queryParam("radius", 0).queryParam("window", "week")
                .queryParam("at", MONDAY_MIDNIGHT.toString())
                .get("/api/leaderboard/around/{name}", name(players[3])).then().statusCode(200)
                .body("rank", equalTo(4)).body("items.name", equalTo(List.of(name(players[3]))));
        // no points on this board: no rank, no rows
        given().queryParam("island", island).get("/api/leaderboard/around/{name}", name(outsider)).then()
                .statusCode(200).body("rank", nullValue()).body("items", equalTo(List.of()));
        given().get("/api/leaderboard/around/{name}", "nobody-" + System.nanoTime()).then().statusCode(404);
        given().queryParam("radius", 51).get("/api/leaderboard/around/{name}", name(players[0])).then().statusCode(400);
        // the global all-time board: around-me agrees with the profile's rank
        int rank = given().get("/api/players/{name}", name(players[0])).then().extract().path("rank");
        given().queryParam("radius", 1).get("/api/leaderboard/around/{name}", name(players[0])).then().statusCode(200)
                .body("rank", equalTo(rank)).body("items.find { it.name == '" + name(players[0]) + "' }.rank", equalTo(rank));
        assertEquals(m > 0, true);
    }

    @Test
    void badWindowIslandAndInstantAreBadRequestsWithProblemJson() {
        given().queryParam("window", "fortnight").get("/api/leaderboard").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("island", "Not An Island").get("/api/leaderboard").then().statusCode(400);
        given().queryParam("at", "yesterday").get("/api/leaderboard").then().statusCode(400);
    }

    @Test
    void windowedBoardsHaveETagsAnd304s() {
        String island = island();
        long m = mission(island, 10);
        scoring.record(accepted(player("etag"), m, 10, MONDAY_MIDNIGHT));
        String tag = given().queryParam("island", island).queryParam("window", "week").queryParam("at", MONDAY_MIDNIGHT.toString())
                .get("/api/leaderboard").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", tag).queryParam("island", island).queryParam("window", "week")
                .queryParam("at", MONDAY_MIDNIGHT.toString()).get("/api/leaderboard").then().statusCode(304);
    }
}
