package dev.sandcastle.solution;

import dev.sandcastle.player.TestPlayers;
import io.restassured.http.ContentType;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test helper: a player's Check or Run over HTTP, waited for until graded. */
public final class Checks {

    private Checks() {
    }

    /** Submits and waits for the verdict; returns the submission id. */
    public static long graded(TestPlayers.Login player, String slug, String code, String mode, String expectedVerdict) {
        String location = player.request().contentType(ContentType.JSON).body(Map.of("code", code, "mode", mode))
                .post("/api/missions/" + slug + "/submissions").then().statusCode(202).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (int i = 0; i < 12; i++) {
            var response = player.request().queryParam("wait", 10).get("/api/submissions/" + id).then().statusCode(200)
                    .extract();
            if ("DONE".equals(response.path("status"))) {
                assertEquals(expectedVerdict, response.path("verdict"), response.asString());
                return id;
            }
        }
        throw new AssertionError("submission " + id + " was not graded in time");
    }

    public static long accepted(TestPlayers.Login player, String slug, String code) {
        return graded(player, slug, code, "check", "ACCEPTED");
    }

    public static int points(TestPlayers.Login player) {
        return io.restassured.RestAssured.given().get("/api/players/" + player.name()).then().statusCode(200)
                .extract().path("points");
    }
}
