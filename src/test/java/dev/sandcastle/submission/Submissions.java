package dev.sandcastle.submission;

import dev.sandcastle.player.TestPlayers;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** Test helpers: submit over HTTP and wait for the verdict with the long-poll. */
public final class Submissions {

    private Submissions() {
    }

    public static long submit(String player, String slug, String code, String mode) {
        String location = TestPlayers.as(player).request().contentType(ContentType.JSON)
                .body(Map.of("code", code, "mode", mode))
                .post("/api/missions/" + slug + "/submissions")
                .then().statusCode(202)
                .header("Location", matchesPattern(".*/api/submissions/\\d+$"))
                .body("status", equalTo("QUEUED"))
                .extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Long-polls until the submission is graded (at most about two minutes). */
    public static ValidatableResponse awaitDone(String player, long id) {
        for (int i = 0; i < 12; i++) {
            String status = TestPlayers.as(player).request().queryParam("wait", 10)
                    .get("/api/submissions/" + id).then().statusCode(200).extract().path("status");
            if ("DONE".equals(status)) {
                return TestPlayers.as(player).request().get("/api/submissions/" + id).then().statusCode(200);
            }
        }
        throw new AssertionError("submission " + id + " was not graded in time");
    }
}
