package dev.sandcastle.mission;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class MissionApiTest {

    // Other tests may add missions to the shared database, so these select the test set by its tag.

    @Test
    void theCatalogueListsPublishedMissionsEasiestFirstWithATotal() {
        given().queryParam("tag", "test-set").get("/api/missions").then().statusCode(200).contentType(ContentType.JSON)
                .body("items.slug", contains("add-two", "word-set", "half-of"))
                .body("items[0].difficulty", equalTo("EASY"))
                .body("items[0].tags", contains("test-island", "test-set", "arithmetic"))
                .body("page", equalTo(0)).body("size", equalTo(20)).body("total", equalTo(3));
        java.util.List<String> difficulties = given().queryParam("size", 100).get("/api/missions").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(3)).extract().path("items.difficulty");
        java.util.List<String> sorted = difficulties.stream()
                .sorted(java.util.Comparator.comparing(Difficulty::valueOf)).toList();
        org.junit.jupiter.api.Assertions.assertEquals(sorted, difficulties, "easiest first");
    }

    @Test
    void theCatalogueIsPaged() {
        given().queryParam("tag", "test-set").queryParam("page", 1).queryParam("size", 2).get("/api/missions").then()
                .statusCode(200).body("items.slug", contains("half-of")).body("total", equalTo(3)).body("page", equalTo(1));
        given().queryParam("tag", "test-set").queryParam("page", 5).queryParam("size", 2).get("/api/missions").then()
                .statusCode(200).body("items", empty()).body("total", equalTo(3));
    }

    @Test
    void theCatalogueFiltersByTagAndDifficulty() {
        given().queryParam("tag", "arithmetic").get("/api/missions").then().statusCode(200)
                .body("items.slug", hasItems("add-two", "half-of")).body("items.slug", not(hasItem("word-set")));
        given().queryParam("difficulty", "medium").get("/api/missions").then().statusCode(200)
                .body("items.slug", hasItem("word-set")).body("items.difficulty", everyItem(equalTo("MEDIUM")));
        given().queryParam("tag", "test-set").queryParam("difficulty", "HARD").get("/api/missions").then()
                .statusCode(200).body("items.slug", contains("half-of"));
        given().queryParam("tag", "no-such-tag").get("/api/missions").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void pagingOutOfRangeIsABadRequestProblem() {
        given().queryParam("size", 101).get("/api/missions").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("size"));
        given().queryParam("size", 0).get("/api/missions").then().statusCode(400);
        given().queryParam("page", -1).get("/api/missions").then().statusCode(400);
        given().queryParam("page", "abc").get("/api/missions").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("difficulty", "IMPOSSIBLE").get("/api/missions").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aMissionShowsItsStatementExamplesAndLimitsButNoHiddenTestsOrReference() {
        String body = given().get("/api/missions/add-two").then().statusCode(200)
                .body("slug", equalTo("add-two"))
                .body("version", equalTo(1))
                .body("entryPoint", equalTo("add"))
                .body("starterCode", containsString("def add(a, b)"))
                .body("description", containsString("sum"))
                .body("examples.args", contains(contains(1, 2), contains(10, 20)))
                .body("examples.expected", contains(3, 30))
                .body("hiddenTests.big", equalTo(1))
                .body("hiddenTests.edge", equalTo(1))
                .body("limits.cpuMsPerTest", equalTo(2000))
                .body("checker.type", equalTo("exact"))
                .body("$", not(hasKey("referenceSolution")))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("987654321")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("77123")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("return a + b")));
    }

    @Test
    void aMissionsOwnLimitsApplyAndTheFloatCheckerShowsItsTolerance() {
        given().get("/api/missions/word-set").then().statusCode(200)
                .body("limits.cpuMsPerTest", equalTo(1500)).body("limits.codeBytes", equalTo(2000))
                .body("checker.type", equalTo("unordered")).body("checker.absTolerance", nullValue());
        given().get("/api/missions/half-of").then().statusCode(200)
                .body("checker.type", equalTo("float")).body("checker.absTolerance", equalTo(1e-6f));
    }

    @Test
    void anUnknownMissionIsANotFoundProblem() {
        given().get("/api/missions/no-such-mission").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Not Found"))
                .body("detail", containsString("no-such-mission"))
                .body("instance", equalTo("/api/missions/no-such-mission"));
    }
}
