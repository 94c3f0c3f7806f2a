package dev.sandcastle.webhook;

import static dev.sandcastle.leaderboard.Scoring.accepted;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.database.EmbeddedPostgresTestResource;
import dev.sandcastle.leaderboard.Scoring;
import dev.sandcastle.player.TestPlayers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Webhooks: signed deliveries from the outbox, retries, the delivery log, and recovery after a dead process. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class WebhookTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SECRET = "a-consumer-secret-of-some-length";

    @Inject
    Scoring scoring;

    @Inject
    EntityManager em;

    private static long register(TestPlayers.Login owner, String url, List<String> events) {
        return ((Number) owner.request().contentType(ContentType.JSON)
                .body(Map.of("url", url, "events", events, "secret", SECRET))
                .post("/api/webhooks").then().statusCode(201).extract().path("id")).longValue();
    }

    /** The receiver's check, written independently of the server's Signature class. */
    private static String expectedSignature(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aScoreChangeIsDeliveredSignedAndTheReceiverCanVerifyIt() throws Exception {
        try (TestReceiver receiver = new TestReceiver()) {
            TestPlayers.Login owner = TestPlayers.register("hooker");
            long hook = register(owner, receiver.url(), List.of("score.changed"));
            String name = TestPlayers.register("scored").name();
            long mission = scoring.mission(TestPlayers.uniqueName("wh").toLowerCase(), 25);
            scoring.record(accepted(scoring.playerId(name), mission, 25, Instant.now()));

            TestReceiver.Received r = receiver.next("\"player\":\"" + name + "\"", WAIT);
            assertNotNull(r, "the delivery arrives");
            assertEquals("score.changed", r.header("Sandcastle-Event"));
            String timestamp = r.header("Sandcastle-Timestamp");
            assertTrue(Math.abs(Long.parseLong(timestamp) - Instant.now().getEpochSecond()) < 60);
            assertEquals(expectedSignature(SECRET, timestamp, r.body()), r.header("Sandcastle-Signature"));
            assertTrue(Signature.verify(SECRET, timestamp, r.body(), r.header("Sandcastle-Signature")));
            // a forger without the secret, or a replay with another timestamp, does not verify
            assertFalse(Signature.verify("another-secret-entirely-0000", timestamp, r.body(), r.header("Sandcastle-Signature")));
            assertFalse(Signature.verify(SECRET, Long.toString(Long.parseLong(timestamp) + 1), r.body(), r.header("Sandcastle-Signature")));
            assertFalse(Signature.verify(SECRET, timestamp, r.body().replace("25", "99"), r.header("Sandcastle-Signature")));
            assertTrue(r.body().contains("\"type\" : \"score.changed\"") || r.body().contains("\"type\":\"score.changed\""), r.body());

            awaitLog(owner, hook, "DELIVERED");
            owner.request().get("/api/webhooks/{id}/deliveries", hook).then().statusCode(200)
                    .body("items[0].status", equalTo("DELIVERED")).body("items[0].attempts", equalTo(1))
                    .body("items[0].lastStatus", equalTo(204)).body("items[0].event", equalTo("score.changed"))
                    .body("items[0].eventId", equalTo(Integer.parseInt(r.header("Sandcastle-Event-Id"))));
        }
    }

    @Test
    void aDeliveryTheReceiverFailedIsRetriedWithBackoffAndLogged() throws Exception {
        try (TestReceiver receiver = new TestReceiver()) {
            receiver.failuresLeft.set(2);
            TestPlayers.Login owner = TestPlayers.register("retry");
            long hook = register(owner, receiver.url(), List.of("score.changed"));
            String name = TestPlayers.register("flaky").name();
            long mission = scoring.mission(TestPlayers.uniqueName("wh").toLowerCase(), 10);
            scoring.record(accepted(scoring.playerId(name), mission, 10, Instant.now()));

            TestReceiver.Received first = receiver.next(name, WAIT);
            TestReceiver.Received second = receiver.next(name, WAIT);
            TestReceiver.Received third = receiver.next(name, WAIT);
            assertEquals(500, first.answered());
            assertEquals(500, second.answered());
            assertEquals(204, third.answered());
            assertEquals(first.header("Sandcastle-Delivery"), third.header("Sandcastle-Delivery"));
            assertEquals(first.body(), third.body());
            awaitLog(owner, hook, "DELIVERED");
            owner.request().get("/api/webhooks/{id}/deliveries", hook).then()
                    .body("items[0].attempts", equalTo(3)).body("items[0].lastStatus", equalTo(204));
        }
    }

    @Test
    void anOutboxRowAndAClaimedDeliveryLeftByADeadProcessAreStillDelivered() throws Exception {
        try (TestReceiver receiver = new TestReceiver()) {
            TestPlayers.Login owner = TestPlayers.register("survivor");
            long hook = register(owner, receiver.url(), List.of("score.changed", "mission.published"));
            String outboxMarker = TestPlayers.uniqueName("outbox");
            String claimedMarker = TestPlayers.uniqueName("claimed");
            QuarkusTransaction.requiringNew().run(() -> {
                // committed in the verdict transaction, then the process died before it was sequenced (no NOTIFY either)
                em.createNativeQuery("INSERT INTO feed_events (type, payload) VALUES ('score.changed', ?1)")
                        .setParameter(1, "{\"player\":\"" + outboxMarker + "\"}").executeUpdate();
                // claimed by a dispatcher that died mid-send: attempt 1 is leased for a few more seconds
                em.createNativeQuery("""
                                INSERT INTO webhook_deliveries (webhook_id, event_seq, event_type, body, attempts, next_attempt_at)
                                VALUES (?1, -1, 'mission.published', ?2, 1, now() + interval '2 seconds')""")
                        .setParameter(1, hook).setParameter(2, "{\"mission\":\"" + claimedMarker + "\"}").executeUpdate();
            });
            assertNotNull(receiver.next(outboxMarker, WAIT), "the unsequenced outbox row is found by the polling sequencer");
            TestReceiver.Received retried = receiver.next(claimedMarker, WAIT);
            assertNotNull(retried, "the orphaned delivery becomes due when its lease runs out");
            awaitLog(owner, hook, "DELIVERED");
            int attempts = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "SELECT attempts FROM webhook_deliveries WHERE body LIKE ?1").setParameter(1, "%" + claimedMarker + "%")
                    .getSingleResult()).intValue());
            assertEquals(2, attempts);
        }
    }

    @Test
    void aPublishedMissionIsAnnounced() throws Exception {
        try (TestReceiver receiver = new TestReceiver()) {
            TestPlayers.Login owner = TestPlayers.register("pub");
            register(owner, receiver.url(), List.of("mission.published"));
            String slug = TestPlayers.uniqueName("pubm").toLowerCase();
            // what MissionPublisher's observer does in the publish transaction
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("""
                        INSERT INTO missions (slug, title, difficulty, difficulty_rank, points, island)
                        VALUES (?1, 'Published', 'EASY', 1, 15, 'reef')""").setParameter(1, slug).executeUpdate();
                jakarta.enterprise.inject.spi.CDI.current().getBeanManager().getEvent()
                        .fire(new dev.sandcastle.mission.MissionPublisher.Published(slug, 1,
                                dev.sandcastle.mission.MissionPublisher.Outcome.CREATED));
            });
            TestReceiver.Received r = receiver.next(slug, WAIT);
            assertNotNull(r);
            assertEquals("mission.published", r.header("Sandcastle-Event"));
        }
    }

    @Test
    void ownersListAndDeleteTheirOwnWebhooksOnly() {
        TestPlayers.Login owner = TestPlayers.register("own");
        TestPlayers.Login stranger = TestPlayers.register("stranger");
        long hook = register(owner, "http://127.0.0.1:9/hook", List.of("score.changed"));
        owner.request().get("/api/webhooks").then().statusCode(200).body("id", hasItem((int) hook))
                .body("[0].secret", equalTo(null));
        stranger.request().get("/api/webhooks").then().statusCode(200).body("size()", equalTo(0));
        stranger.request().get("/api/webhooks/{id}/deliveries", hook).then().statusCode(404);
        stranger.request().delete("/api/webhooks/{id}", hook).then().statusCode(404);
        owner.request().delete("/api/webhooks/{id}", hook).then().statusCode(204);
        owner.request().get("/api/webhooks/{id}/deliveries", hook).then().statusCode(404);
        given().get("/api/webhooks").then().statusCode(401);
    }

    @Test
    void aRegistrationThatBreaksTheRulesIs422WithItsFields() {
        TestPlayers.Login owner = TestPlayers.register("bad");
        owner.request().contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://example.com/x", "events", List.of("score.changed", "everything"), "secret", "short"))
                .post("/api/webhooks").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("url", "events", "secret")));
        owner.request().contentType(ContentType.JSON)
                .body(Map.of("url", "http://user:pw@127.0.0.1/x", "events", List.of("score.changed"), "secret", SECRET))
                .post("/api/webhooks").then().statusCode(422).body("errors[0].field", equalTo("url"));
    }

    private void awaitLog(TestPlayers.Login owner, long hook, String status) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> statuses = owner.request().get("/api/webhooks/{id}/deliveries", hook).then().statusCode(200)
                    .extract().path("items.status");
            if (!statuses.isEmpty() && statuses.stream().allMatch(status::equals)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("deliveries of webhook " + hook + " did not reach " + status);
    }
}
