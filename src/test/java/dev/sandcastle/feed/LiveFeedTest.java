package dev.sandcastle.feed;

import static dev.sandcastle.leaderboard.Scoring.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.database.EmbeddedPostgresTestResource;
import dev.sandcastle.leaderboard.ScoreKeeper;
import dev.sandcastle.leaderboard.Scoring;
import dev.sandcastle.player.TestPlayers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/leaderboard/stream: live score events, resume with Last-Event-ID, events from other processes. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class LiveFeedTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TestHTTPResource("/api/leaderboard/stream")
    URL stream;

    @Inject
    Scoring scoring;

    @Inject
    ScoreKeeper keeper;

    @Inject
    EntityManager em;

    private SseClient connect(String token, String lastEventId) throws Exception {
        Map<String, String> headers = lastEventId == null
                ? Map.of("Authorization", "Bearer " + token)
                : Map.of("Authorization", "Bearer " + token, "Last-Event-ID", lastEventId);
        SseClient client = new SseClient(URI.create(stream.toString()), headers);
        assertEquals(200, client.status());
        return client;
    }

    @Test
    void aReconnectingClientGetsWhatItMissedInOrderWithLastEventId() throws Exception {
        String token = TestPlayers.as("watcher").token();
        String name = TestPlayers.register("live").name();
        long player = scoring.playerId(name);
        long m1 = scoring.mission(TestPlayers.uniqueName("lf").toLowerCase(), 10);
        long m2 = scoring.mission(TestPlayers.uniqueName("lf").toLowerCase(), 20);
        long m3 = scoring.mission(TestPlayers.uniqueName("lf").toLowerCase(), 30);

        SseClient.Event first;
        try (SseClient client = connect(token, null)) {
            scoring.record(accepted(player, m1, 10, Instant.now()));
            first = client.nextContaining("\"player\":\"" + name + "\"", WAIT);
            assertNotNull(first, "the score change arrives live");
            assertEquals("score.changed", first.name());
            assertTrue(first.data().contains("\"points\":10"), first.data());
            assertTrue(first.data().contains("\"rank\":"), first.data());
            assertTrue(first.data().contains("\"mission\":\"lf-"), first.data());
        }
        // while disconnected
        scoring.record(accepted(player, m2, 20, Instant.now()));
        scoring.record(accepted(player, m3, 30, Instant.now()));
        awaitSequenced(2 + Long.parseLong(first.id()));

        try (SseClient client = connect(token, first.id())) {
            SseClient.Event second = client.nextContaining("\"player\":\"" + name + "\"", WAIT);
            SseClient.Event third = client.nextContaining("\"player\":\"" + name + "\"", WAIT);
            assertNotNull(second, "the first missed event is replayed");
            assertNotNull(third, "the second missed event is replayed");
            assertTrue(second.data().contains("\"points\":30"), second.data());
            assertTrue(third.data().contains("\"points\":60"), third.data());
            assertTrue(Long.parseLong(first.id()) < Long.parseLong(second.id()));
            assertTrue(Long.parseLong(second.id()) < Long.parseLong(third.id()));
        }
    }

    @Test
    void anEventWrittenByAnotherProcessReachesTheStream() throws Exception {
        String token = TestPlayers.as("watcher").token();
        String marker = TestPlayers.uniqueName("elsewhere");
        try (SseClient client = connect(token, null)) {
            // what another API or grader process does: an outbox row and a NOTIFY in its own transaction
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("INSERT INTO feed_events (type, payload) VALUES ('score.changed', ?1)")
                        .setParameter(1, "{\"player\":\"" + marker + "\",\"points\":1}").executeUpdate();
                em.createNativeQuery("SELECT pg_notify('sandcastle_feed_new', '')").getSingleResult();
            });
            assertNotNull(client.nextContaining(marker, WAIT));
        }
    }

    @Test
    void aScoreWhoseVerdictRollsBackIsNeverAnnounced() throws Exception {
        String token = TestPlayers.as("watcher").token();
        String name = TestPlayers.register("rolled").name();
        long player = scoring.playerId(name);
        long m = scoring.mission(TestPlayers.uniqueName("lf").toLowerCase(), 10);
        try (SseClient client = connect(token, null)) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    keeper.record(accepted(player, m, 10, Instant.now()));
                    throw new IllegalStateException("the verdict transaction fails after scoring");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            assertEquals(null, client.nextContaining("\"player\":\"" + name + "\"", Duration.ofSeconds(3)));
            long events = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM feed_events WHERE payload LIKE ?1").setParameter(1, "%\"" + name + "\"%")
                    .getSingleResult()).longValue());
            assertEquals(0, events);
        }
    }

    @Test
    void aLastEventIdOlderThanTheRetentionGetsAResetEventFirst() throws Exception {
        String token = TestPlayers.as("watcher").token();
        long m = scoring.mission(TestPlayers.uniqueName("lf").toLowerCase(), 5);
        long player = scoring.playerId(TestPlayers.register("old").name());
        scoring.record(accepted(player, m, 5, Instant.now()));
        awaitSequenced(1);
        // what the hourly purge does to events older than the retention
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM feed_events WHERE seq = (SELECT min(seq) FROM feed_events)").executeUpdate());
        try (SseClient client = connect(token, "0")) {
            SseClient.Event reset = client.next(WAIT);
            assertNotNull(reset);
            assertEquals("reset", reset.name());
        }
    }

    @Test
    void theStreamNeedsATokenOrAKeyAndANumericLastEventId() {
        io.restassured.RestAssured.given().get("/api/leaderboard/stream").then().statusCode(401);
        TestPlayers.as("watcher").request().header("Last-Event-ID", "yesterday")
                .get("/api/leaderboard/stream").then().statusCode(400);
    }

    private void awaitSequenced(long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            long head = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "SELECT coalesce(max(seq), 0) FROM feed_events WHERE NOT EXISTS (SELECT 1 FROM feed_events WHERE seq IS NULL)")
                    .getSingleResult()).longValue());
            if (head >= atLeast) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("events were not sequenced");
    }
}
