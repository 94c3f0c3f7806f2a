package dev.sandcastle.submission;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.player.TestPlayers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Long polls hold no worker thread: hundreds of open {@code ?wait=N} requests leave the other
 * endpoints as fast as ever, and one player or address cannot open more than its cap. The
 * submissions waited for are rows with no grading job, so they stay QUEUED for the whole test.
 */
@QuarkusTest
class LongPollTest {
    private static final int WAITS = 250;

    @Inject
    EntityManager em;

    @Inject
    SubmissionConfig config;

    @Inject
    OpenWaits open;

    @TestHTTPResource("/")
    URI base;

    private long pendingSubmissionOf(String name) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        INSERT INTO submissions (player_id, mission_id, mission_version_id, mode, code, code_length,
                                                 status, created_at)
                        SELECT p.id, m.id, m.current_version_id, 'RUN', 'pass', 4, 'QUEUED', now() - interval '3 hours'
                        FROM players p, missions m WHERE p.name = ?1 AND m.slug = 'add-two' RETURNING id""")
                .setParameter(1, name).getSingleResult()).longValue());
    }

    @Test
    void hundredsOfOpenWaitsDoNotSlowDownTheCatalogue() throws Exception {
        int perPlayer = config.waits().maxPerPlayer();
        List<TestPlayers.Login> players = new ArrayList<>();
        List<Long> submissions = new ArrayList<>();
        for (int i = 0; i < (WAITS + perPlayer - 1) / perPlayer; i++) {
            TestPlayers.Login login = TestPlayers.register("waiter");
            players.add(login);
            submissions.add(pendingSubmissionOf(login.name()));
        }
        List<Long> idle = catalogueTimes();
        int before = open.open();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> waits = new ArrayList<>();
        try {
            for (int i = 0; i < WAITS; i++) {
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/submissions/" + submissions.get(i / perPlayer) + "?wait=20"))
                        .header("Authorization", "Bearer " + players.get(i / perPlayer).token())
                        .timeout(Duration.ofSeconds(60)).build();
                waits.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (open.open() - before < WAITS && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertEquals(WAITS, open.open() - before, "waits open on the server");

            Thread.sleep(1_000); // let the burst of 250 requests settle: the waits are open, nothing else runs
            List<Long> times = catalogueTimes();
            long slowest = times.stream().mapToLong(Long::longValue).max().orElseThrow();
            System.out.printf("GET /api/missions/add-two: no waits %s ms; with %d waits open %s ms%n", idle, WAITS, times);
            assertTrue(slowest < 1_000, "the catalogue answered in " + slowest + " ms");
            assertTrue(waits.stream().noneMatch(CompletableFuture::isDone), "every wait was still open");

            // the player at its cap is told to come back later
            players.getFirst().request().queryParam("wait", 5).get("/api/submissions/" + submissions.getFirst())
                    .then().statusCode(429).contentType("application/problem+json")
                    .header("Retry-After", equalTo(String.valueOf(config.waits().retryAfterSeconds())))
                    .body("detail", containsString("waits open"));
            // a read without wait is not a wait and is never refused
            players.getFirst().request().get("/api/submissions/" + submissions.getFirst())
                    .then().statusCode(200).body("status", equalTo("QUEUED"));
        } finally {
            client.shutdownNow();
        }
    }

    private static List<Long> catalogueTimes() {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            RestAssured.get("/api/missions/add-two").then().statusCode(200).body("slug", equalTo("add-two"));
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        return times;
    }

    @Test
    void aWaitEndsWithTheVerdictAndFreesItsPlace() {
        TestPlayers.Login login = TestPlayers.register("waits-once");
        int before = open.open();
        String location = login.request().contentType("application/json")
                .body("{\"code\":\"def add(a, b):\\n    return a + b\\n\",\"mode\":\"run\"}")
                .post("/api/missions/add-two/submissions").then().statusCode(202).extract().header("Location");
        for (int i = 0; i < 12; i++) {
            String status = login.request().queryParam("wait", 10).get(location).then().statusCode(200).extract().path("status");
            if ("DONE".equals(status)) {
                break;
            }
        }
        login.request().get(location).then().statusCode(200).body("status", equalTo("DONE")).body("verdict", equalTo("ACCEPTED"));
        // every wait ended and gave its place back (other tests' waits may end meanwhile, never start)
        assertTrue(open.open() <= before, "open waits " + open.open() + " > " + before);
        // a wait for a graded submission answers at once and takes no place at all
        for (int i = 0; i < config.waits().maxPerPlayer() + 2; i++) {
            login.request().queryParam("wait", 5).get(location).then().statusCode(200);
        }
    }

    @Test
    void someoneElsesSubmissionIsNotFoundEvenWhileWaiting() {
        TestPlayers.Login owner = TestPlayers.register("wait-owner");
        long id = pendingSubmissionOf(owner.name());
        TestPlayers.register("wait-stranger").request().queryParam("wait", 5).get("/api/submissions/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
