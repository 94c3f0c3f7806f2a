package dev.sandcastle.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.sandcastle.player.TestPlayers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, points 3 to 5: each test tries one attack of the audit over HTTP and asserts that
 * it fails. Other client addresses are posed with X-Forwarded-For (trusted in the test profile only).
 */
@QuarkusTest
class ApiHardeningTest {
    private static final AtomicInteger ADDRESS = new AtomicInteger();

    @Inject
    EntityManager em;

    @TestHTTPResource("/")
    URI base;

    private static String address() {
        return "192.0.2." + (ADDRESS.incrementAndGet() % 250 + 1);
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    // --- one canonical login name ---------------------------------------------------------

    @Test
    void aNameWithADottedCapitalIDoesNotLogInAsAdmin() {
        given().header("Authorization", basic("adm\u0130n", TestPlayers.ADMIN_PASSWORD)).post("/api/tokens")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", basic("ADMIN", TestPlayers.ADMIN_PASSWORD)).post("/api/tokens")
                .then().statusCode(201); // letter case alone is the same name
    }

    @Test
    void aKelvinSignDoesNotLogInAsTheLetterK() {
        String name = TestPlayers.uniqueName("kelvin");
        given().contentType(ContentType.JSON).body(Map.of("name", name, "password", TestPlayers.PASSWORD))
                .post("/api/players").then().statusCode(201);
        given().header("Authorization", basic("\u212Aelvin" + name.substring("kelvin".length()), TestPlayers.PASSWORD))
                .post("/api/tokens").then().statusCode(401);
        given().header("Authorization", basic("K" + name.substring(1), TestPlayers.PASSWORD))
                .post("/api/tokens").then().statusCode(201);
    }

    @Test
    void aPasswordLongerThanBcryptReadsDoesNotLogIn() {
        String name = TestPlayers.uniqueName("long-pass");
        String password = "p".repeat(72);
        given().contentType(ContentType.JSON).body(Map.of("name", name, "password", password))
                .post("/api/players").then().statusCode(201);
        given().header("Authorization", basic(name, password + "anything")).post("/api/tokens").then().statusCode(401);
        given().header("Authorization", basic(name, password)).post("/api/tokens").then().statusCode(201);
    }

    // --- throttles strangers cannot turn against others ---------------------------------------

    @Test
    void aStrangerGuessingYourPasswordCannotLockYouOut() {
        TestPlayers.Login owner = TestPlayers.register("victim");
        String stranger = address();
        int refused = 0;
        for (int i = 0; i < 10; i++) {
            int status = given().header("X-Forwarded-For", stranger).header("Authorization", basic(owner.name(), "guess-" + i))
                    .post("/api/tokens").then().extract().statusCode();
            refused += status == 429 ? 1 : 0;
        }
        assertEquals(5, refused, "five free failures, then the stranger's address waits");
        given().header("X-Forwarded-For", stranger).header("Authorization", basic(owner.name(), TestPlayers.PASSWORD))
                .post("/api/tokens").then().statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]*"));
        // the owner, from anywhere else, logs in at once; so does admin while strangers guess it
        given().header("X-Forwarded-For", address()).header("Authorization", basic(owner.name(), TestPlayers.PASSWORD))
                .post("/api/tokens").then().statusCode(201);
        for (int i = 0; i < 10; i++) {
            given().header("X-Forwarded-For", stranger).header("Authorization", basic("admin", "guess-" + i)).post("/api/tokens");
        }
        TestPlayers.admin();
    }

    @Test
    void anAddressThatRegisteredItsShareIsToldToComeBackLater() {
        String crowded = "198.51.100." + (ADDRESS.incrementAndGet() % 250 + 1);
        // the address's count is in PostgreSQL (shared by every API process): fill it there
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO login_failures (key, window_end, failures) VALUES (?1, now() + interval '1 hour', 1000000)
                        ON CONFLICT (key) DO UPDATE SET window_end = excluded.window_end, failures = excluded.failures""")
                .setParameter(1, "r:" + crowded).executeUpdate());
        String name = TestPlayers.uniqueName("crowded");
        given().header("X-Forwarded-For", crowded).contentType(ContentType.JSON)
                .body(Map.of("name", name, "password", TestPlayers.PASSWORD)).post("/api/players")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        given().header("Authorization", basic(name, TestPlayers.PASSWORD)).post("/api/tokens").then().statusCode(401);
        given().header("X-Forwarded-For", address()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "password", TestPlayers.PASSWORD)).post("/api/players").then().statusCode(201);
    }

    @Test
    void aBodyWithoutTheJsonContentTypeIsRefusedSoNoOtherSiteCanRegisterAccounts() throws Exception {
        String name = TestPlayers.uniqueName("cross-site");
        String body = "{\"name\":\"" + name + "\",\"password\":\"" + TestPlayers.PASSWORD + "\"}";
        HttpClient client = HttpClient.newHttpClient();
        for (String type : new String[] {null, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/players"))
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (type != null) {
                request.header("Content-Type", type);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(415, response.statusCode(), "Content-Type " + type + ": " + response.body());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        }
        given().header("Authorization", basic(name, TestPlayers.PASSWORD)).post("/api/tokens").then().statusCode(401);
    }

    // --- the low findings -----------------------------------------------------------------

    @Test
    void duplicateKeysInAJsonBodyAreABadRequest() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"dup-keys\",\"password\":\"aaaaaaaaaa\",\"password\":\"bbbbbbbbbb\"}")
                .post("/api/players").then().statusCode(400).contentType("application/problem+json");
        TestPlayers.as("dup-submitter").request().contentType(ContentType.JSON)
                .body("{\"code\":\"def add(a, b):\\n    return a + b\\n\",\"mode\":\"run\",\"mode\":\"check\"}")
                .post("/api/missions/add-two/submissions").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aNullRoleIsAnInvalidBody() {
        TestPlayers.Login target = TestPlayers.register("null-role");
        TestPlayers.admin().request().contentType(ContentType.JSON).body("{\"roles\":[null]}")
                .put("/api/players/{name}/roles", target.name()).then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void aWrongMethodOnAMadeUpPathLeavesNoMetricLabel() {
        String madeUp = "/api/submissions/" + (8_000_000_000L + ADDRESS.incrementAndGet());
        given().patch(madeUp).then().statusCode(405).contentType("application/problem+json");
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains(madeUp), "the raw path is a metric label");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("METHOD_NOT_ALLOWED"), "405s share one label");
    }

    @Test
    void nonNumericPagesSizesAndIdsAreABadRequest() {
        given().queryParam("page", "abc").get("/api/missions").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("size", "1e3").get("/api/leaderboard").then().statusCode(400).contentType("application/problem+json");
        TestPlayers.as("numbers").request().get("/api/submissions/abc").then().statusCode(400)
                .contentType("application/problem+json");
        TestPlayers.as("numbers").request().queryParam("page", "x").get("/api/players/me/submissions").then().statusCode(400);
    }

    @Test
    void privateAnswersAndTheTokenAnswerAreNotStored() {
        given().header("Authorization", basic(TestPlayers.ADMIN_NAME, TestPlayers.ADMIN_PASSWORD)).post("/api/tokens")
                .then().statusCode(201).header("Cache-Control", "no-store");
        TestPlayers.as("private").request().get("/api/players/me/submissions").then().statusCode(200)
                .header("Cache-Control", "no-store");
        TestPlayers.as("private").request().get("/api/submissions/999999999").then().statusCode(404)
                .header("Cache-Control", "no-store");
        // public answers keep their own caching
        TestPlayers.as("private").request().get("/api/leaderboard").then().statusCode(200)
                .header("Cache-Control", containsString("max-age"));
    }

    // --- password change and signing out everywhere ---------------------------------------------

    @Test
    void changingThePasswordNeedsTheOldOneAndEndsEveryOtherSession() {
        TestPlayers.Login phone = TestPlayers.register("changer");
        String laptop = TestPlayers.login(phone.name(), TestPlayers.PASSWORD);
        phone.request().contentType(ContentType.JSON)
                .body(Map.of("oldPassword", "not my password", "newPassword", "a brand new passphrase"))
                .put("/api/players/me/password").then().statusCode(422).body("errors[0].field", equalTo("oldPassword"));
        phone.request().contentType(ContentType.JSON)
                .body(Map.of("oldPassword", TestPlayers.PASSWORD, "newPassword", "short"))
                .put("/api/players/me/password").then().statusCode(422).body("errors[0].field", equalTo("newPassword"));
        phone.request().contentType(ContentType.JSON)
                .body(Map.of("oldPassword", TestPlayers.PASSWORD, "newPassword", "a brand new passphrase"))
                .put("/api/players/me/password").then().statusCode(204);
        given().header("Authorization", "Bearer " + laptop).get("/api/players/me/submissions").then().statusCode(401);
        phone.request().get("/api/players/me/submissions").then().statusCode(200);
        given().header("Authorization", basic(phone.name(), TestPlayers.PASSWORD)).post("/api/tokens").then().statusCode(401);
        given().header("Authorization", basic(phone.name(), "a brand new passphrase")).post("/api/tokens").then().statusCode(201);
    }

    @Test
    void signingOutEverywhereRevokesEveryTokenOfThePlayer() {
        TestPlayers.Login one = TestPlayers.register("everywhere");
        String two = TestPlayers.login(one.name(), TestPlayers.PASSWORD);
        TestPlayers.Login other = TestPlayers.register("bystander");
        one.request().delete("/api/tokens").then().statusCode(204);
        one.request().get("/api/players/me/submissions").then().statusCode(401);
        given().header("Authorization", "Bearer " + two).get("/api/players/me/submissions").then().statusCode(401);
        other.request().get("/api/players/me/submissions").then().statusCode(200).header("Cache-Control", not(equalTo("max-age=5")));
    }
}
