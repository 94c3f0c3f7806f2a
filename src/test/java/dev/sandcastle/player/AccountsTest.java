package dev.sandcastle.player;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.database.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class AccountsTest {

    @Inject
    EntityManager em;

    private static io.restassured.response.ValidatableResponse registerRaw(String name, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name, "password", password))
                .post("/api/players").then();
    }

    @Test
    void registeringCreatesAPlayerWithThePlayerRole() {
        String name = TestPlayers.uniqueName("reg");
        registerRaw(name, TestPlayers.PASSWORD).statusCode(201)
                .header("Location", containsString("/api/players/" + name))
                .body("name", equalTo(name))
                .body("roles", containsInAnyOrder("PLAYER"));
    }

    @Test
    void aTakenNameIsAConflictRegardlessOfLetterCase() {
        String name = TestPlayers.uniqueName("Dup");
        registerRaw(name, TestPlayers.PASSWORD).statusCode(201);
        registerRaw(name.toLowerCase(), TestPlayers.PASSWORD).statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString("taken"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "has space", "thirty-three-characters-long-name", "émile", "semi;colon", ""})
    void namesOutsideTheRulesAreRejected(String name) {
        registerRaw(name, TestPlayers.PASSWORD).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void passwordsMustHaveEightCharactersAndAtMost72Bytes() {
        registerRaw(TestPlayers.uniqueName("pw"), "short").statusCode(422).body("errors.field", hasItem("password"));
        registerRaw(TestPlayers.uniqueName("pw"), "é".repeat(37)).statusCode(422).body("errors.field", hasItem("password"));
        registerRaw(TestPlayers.uniqueName("pw"), "é".repeat(36)).statusCode(201);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String name = TestPlayers.register("hash").name();
        String hash = QuarkusTransaction.requiringNew().call(() -> Player.findByName(name).orElseThrow().passwordHash);
        assertTrue(hash.startsWith("$2"), hash);
        assertTrue(!hash.contains(TestPlayers.PASSWORD));
    }

    @Test
    void loggingInWithBasicReturnsABearerTokenThatExpiresInADay() {
        String name = TestPlayers.register("login").name();
        var response = given().auth().preemptive().basic(name, TestPlayers.PASSWORD).post("/api/tokens")
                .then().statusCode(201)
                .body("token", matchesPattern("sc_[A-Za-z0-9_-]{43}"))
                .extract();
        Instant expiresAt = Instant.parse(response.path("expiresAt"));
        Duration left = Duration.between(Instant.now(), expiresAt);
        assertTrue(left.compareTo(Duration.ofHours(23)) > 0 && left.compareTo(Duration.ofHours(25)) < 0, left.toString());
    }

    @Test
    void tokensAreStoredOnlyAsTheirSha256() {
        TestPlayers.Login login = TestPlayers.register("sha");
        List<?> hashes = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        SELECT t.token_hash FROM access_tokens t JOIN players p ON p.id = t.player_id
                        WHERE p.name = ?1""").setParameter(1, login.name()).getResultList());
        assertEquals(1, hashes.size());
        assertArrayEquals(BearerTokens.hash(login.token()), (byte[]) hashes.getFirst());
    }

    @Test
    void twoLoginsGiveDifferentTokens() {
        String name = TestPlayers.register("twice").name();
        assertNotEquals(TestPlayers.login(name, TestPlayers.PASSWORD), TestPlayers.login(name, TestPlayers.PASSWORD));
    }

    @Test
    void aWrongPasswordIsUnauthorizedWithABasicChallenge() {
        String name = TestPlayers.register("wrong").name();
        given().auth().preemptive().basic(name, "not the password").post("/api/tokens")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("detail", containsString("Wrong name or password"));
    }

    @Test
    void anUnknownNameIsUnauthorizedLikeAWrongPassword() {
        given().auth().preemptive().basic("nobody-" + System.nanoTime(), "whatever-password").post("/api/tokens")
                .then().statusCode(401).body("detail", containsString("Wrong name or password"));
    }

    @Test
    void loggingInWithoutCredentialsIsUnauthorized() {
        given().post("/api/tokens").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic"));
    }

    @Test
    void aTokenCannotMintAnotherToken() {
        TestPlayers.register("mint").request().post("/api/tokens").then().statusCode(401);
    }

    @Test
    void basicCredentialsAreIgnoredOutsideTheLoginEndpoint() {
        String name = TestPlayers.register("basic").name();
        given().auth().preemptive().basic(name, TestPlayers.PASSWORD).delete("/api/tokens/current")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() {
        TestPlayers.Login login = TestPlayers.register("revoke");
        login.request().delete("/api/tokens/current").then().statusCode(204);
        login.request().delete("/api/tokens/current").then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("unknown, expired or revoked"));
    }

    @Test
    void revokingOneTokenKeepsTheOthers() {
        TestPlayers.Login first = TestPlayers.register("keep");
        TestPlayers.Login second = new TestPlayers.Login(first.name(), TestPlayers.login(first.name(), TestPlayers.PASSWORD));
        first.request().delete("/api/tokens/current").then().statusCode(204);
        second.request().delete("/api/tokens/current").then().statusCode(204);
    }

    @Test
    void anExpiredTokenNoLongerAuthenticates() {
        TestPlayers.Login login = TestPlayers.register("expire");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE access_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = ?1")
                .setParameter(1, BearerTokens.hash(login.token())).executeUpdate());
        login.request().delete("/api/tokens/current").then().statusCode(401);
    }

    @Test
    void aMadeUpTokenIsUnauthorized() {
        given().header("Authorization", "Bearer " + BearerTokens.newToken()).delete("/api/tokens/current")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void repeatedFailedLoginsForANameAreThrottledEvenWithTheRightPassword() {
        String name = TestPlayers.register("throttle").name();
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic(name, "guess-" + i).post("/api/tokens").then().statusCode(401);
        }
        given().auth().preemptive().basic(name, TestPlayers.PASSWORD).post("/api/tokens")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    }

    @Test
    void theFirstAdminComesFromConfiguration() {
        TestPlayers.Login admin = TestPlayers.admin();
        given().get("/api/players/{name}", admin.name()).then().statusCode(200);
        String promoted = TestPlayers.registerWithRoles("promoted", Role.AUTHOR).name();
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Player.findByName(promoted).orElseThrow().roles)
                .containsAll(List.of(Role.PLAYER, Role.AUTHOR)));
    }

    @Test
    void adminsSetRolesAndPlayerIsAlwaysKept() {
        String name = TestPlayers.register("roles").name();
        TestPlayers.admin().request().contentType(ContentType.JSON).body(Map.of("roles", List.of("AUTHOR")))
                .put("/api/players/{name}/roles", name).then().statusCode(200)
                .body("roles", containsInAnyOrder("PLAYER", "AUTHOR"));
        TestPlayers.admin().request().contentType(ContentType.JSON).body(Map.of("roles", List.of()))
                .put("/api/players/{name}/roles", name).then().statusCode(200)
                .body("roles", containsInAnyOrder("PLAYER"));
    }

    @Test
    void rolesTakeEffectOnTheNextRequestWithTheSameToken() {
        TestPlayers.Login login = TestPlayers.register("grow");
        String other = TestPlayers.register("other").name();
        var body = Map.of("roles", List.of("AUTHOR"));
        login.request().contentType(ContentType.JSON).body(body).put("/api/players/{name}/roles", other).then().statusCode(403);
        TestPlayers.admin().request().contentType(ContentType.JSON).body(Map.of("roles", List.of("ADMIN")))
                .put("/api/players/{name}/roles", login.name()).then().statusCode(200);
        login.request().contentType(ContentType.JSON).body(body).put("/api/players/{name}/roles", other).then().statusCode(200);
    }

    @Test
    void onlyAdminsSetRoles() {
        String target = TestPlayers.register("target").name();
        var body = Map.of("roles", List.of("ADMIN"));
        given().contentType(ContentType.JSON).body(body).put("/api/players/{name}/roles", target)
                .then().statusCode(401).contentType("application/problem+json");
        TestPlayers.register("player").request().contentType(ContentType.JSON).body(body)
                .put("/api/players/{name}/roles", target).then().statusCode(403).contentType("application/problem+json");
        TestPlayers.registerWithRoles("author", Role.AUTHOR).request().contentType(ContentType.JSON).body(body)
                .put("/api/players/{name}/roles", target).then().statusCode(403);
    }

    @Test
    void settingRolesOfAnUnknownPlayerIsNotFound() {
        TestPlayers.admin().request().contentType(ContentType.JSON).body(Map.of("roles", List.of("AUTHOR")))
                .put("/api/players/{name}/roles", "no-such-player").then().statusCode(404);
    }

    @Test
    void anUnknownRoleIsABadRequest() {
        String target = TestPlayers.register("badrole").name();
        TestPlayers.admin().request().contentType(ContentType.JSON).body(Map.of("roles", List.of("KING")))
                .put("/api/players/{name}/roles", target).then().statusCode(400);
    }

    @Test
    void theLastAdminCannotDropTheAdminRole() {
        // other tests promote admins: make the configured admin the only one again
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                DELETE FROM player_roles WHERE role = 'ADMIN'
                AND player_id <> (SELECT id FROM players WHERE name = ?1)""")
                .setParameter(1, TestPlayers.ADMIN_NAME).executeUpdate());
        TestPlayers.admin().request().contentType(ContentType.JSON).body(Map.of("roles", List.of()))
                .put("/api/players/{name}/roles", TestPlayers.ADMIN_NAME).then().statusCode(409)
                .body("detail", containsString("last admin"));
        TestPlayers.Login second = TestPlayers.registerWithRoles("admin2", Role.ADMIN);
        second.request().contentType(ContentType.JSON).body(Map.of("roles", List.of()))
                .put("/api/players/{name}/roles", second.name()).then().statusCode(200);
    }
}
