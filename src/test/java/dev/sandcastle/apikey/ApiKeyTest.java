package dev.sandcastle.apikey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.database.EmbeddedPostgresTestResource;
import dev.sandcastle.player.BearerTokens;
import dev.sandcastle.player.TestPlayers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Read-only API keys: a role of their own, a rate limit of their own (5 per hour in tests), revocable, hashed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ApiKeyTest {

    @Inject
    EntityManager em;

    private record Key(long id, String key) {
    }

    private static Key issue(TestPlayers.Login owner) {
        Response r = owner.request().contentType(ContentType.JSON).body(Map.of("label", "tv screen"))
                .post("/api/keys").then().statusCode(201).body("key", startsWith("sck_"))
                .body("requestsPerWindow", equalTo(5)).extract().response();
        return new Key(r.jsonPath().getLong("id"), r.jsonPath().getString("key"));
    }

    private static io.restassured.specification.RequestSpecification with(Key key) {
        return given().header("Authorization", "Bearer " + key.key());
    }

    @Test
    void aKeyReadsTheLeaderboardsUntilItsRateLimitThenGets429WithRetryAfter() {
        Key key = issue(TestPlayers.register("consumer"));
        for (int i = 0; i < 5; i++) {
            with(key).get("/api/leaderboard").then().statusCode(200);
        }
        Response limited = with(key).get("/api/leaderboard").then().statusCode(429)
                .contentType("application/problem+json").extract().response();
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter);
        // the limit is the key's own: another key of the same account, and anonymous reads, are not affected
        with(issue(TestPlayers.register("consumer"))).get("/api/leaderboard").then().statusCode(200);
        given().get("/api/leaderboard").then().statusCode(200);
    }

    @Test
    void aKeyIsReadOnly() {
        TestPlayers.Login owner = TestPlayers.register("readonly");
        Key key = issue(owner);
        with(key).post("/api/keys").then().statusCode(403);
        with(key).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/x", "events", List.of("score.changed"), "secret", "0123456789abcdef"))
                .post("/api/webhooks").then().statusCode(403);
        with(key).post("/api/tokens").then().statusCode(403);
    }

    @Test
    void aKeyOpensTheLiveStream() {
        Key key = issue(TestPlayers.register("streamer"));
        // a non-numeric Last-Event-ID is refused after authentication: proves the key was accepted
        with(key).header("Last-Event-ID", "x").get("/api/leaderboard/stream").then().statusCode(400);
    }

    @Test
    void aRevokedKeyIsRefusedAtOnceAndOnlyItsOwnerCanRevokeIt() {
        TestPlayers.Login owner = TestPlayers.register("revoker");
        Key key = issue(owner);
        with(key).get("/api/leaderboard").then().statusCode(200);
        TestPlayers.register("thief").request().delete("/api/keys/{id}", key.id()).then().statusCode(404);
        owner.request().get("/api/keys").then().statusCode(200).body("[0].id", equalTo((int) key.id()))
                .body("[0].key", equalTo(null));
        owner.request().delete("/api/keys/{id}", key.id()).then().statusCode(204);
        with(key).get("/api/leaderboard").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Bearer sck_not-a-key").get("/api/leaderboard").then().statusCode(401);
    }

    @Test
    void onlyTheKeysSha256IsStored() {
        TestPlayers.Login owner = TestPlayers.register("hashed");
        Key key = issue(owner);
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                "SELECT key_hash FROM api_keys WHERE id = ?1").setParameter(1, key.id()).getSingleResult());
        assertArrayEquals(BearerTokens.hash(key.key()), stored);
        long plain = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM api_keys WHERE position(convert_to(?1, 'UTF8') in key_hash) > 0 OR label = ?2")
                .setParameter(1, key.key()).setParameter(2, key.key()).getSingleResult()).longValue());
        assertEquals(0, plain);
        assertEquals(32, stored.length);
        assertTrue(key.key().getBytes(StandardCharsets.US_ASCII).length >= 40);
    }
}
