package dev.sandcastle.reliability;

import dev.sandcastle.player.TestPlayers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: whatever bytes arrive as a submission or a registration, the answer is never a 5xx,
 * every 4xx is problem JSON, and a rejected request stores nothing (an accepted one exactly one row).
 * Payloads come from {@link PayloadGenerator} with a fixed seed (override with
 * {@code -Dsandcastle.fuzz.seed=N}), so a failure names the seed that reproduces it.
 */
@QuarkusTest
class SubmissionPayloadFuzzTest {

    private static final int SAMPLES = 80;
    private static final long SEED = Long.getLong("sandcastle.fuzz.seed", 20261128L);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noSubmissionPayloadCausesAServerErrorOrAStrayRow() throws Exception {
        TestPlayers.Login player = TestPlayers.register("fuzzer");
        PayloadGenerator payloads = new PayloadGenerator(SEED);
        int accepted = 0;
        for (int i = 0; i < SAMPLES; i++) {
            byte[] body = payloads.submissionBody();
            Map<String, Long> before = RowCounts.of(dataSource);
            Response response = player.request().contentType("application/json").body(body)
                    .post("/api/missions/" + payloads.slug() + "/submissions").andReturn();
            Map<String, Long> after = RowCounts.of(dataSource);
            String shown = new String(body, StandardCharsets.UTF_8);
            shown = "seed " + SEED + ", sample " + i + ": " + (shown.length() > 300 ? shown.substring(0, 300) + "..." : shown);
            assertTrue(response.statusCode() < 500, response.statusCode() + " for " + shown + ": " + response.asString());
            if (response.statusCode() == 202) {
                accepted++;
                assertEquals(before.get("submissions") + 1, after.get("submissions"), "one row for " + shown);
            } else {
                Problems.assertProblem(response, response.statusCode());
                assertEquals(before, after, "a rejected payload changed the database: " + shown);
            }
        }
        System.out.printf("fuzz: %d submission payloads (seed %d), %d accepted%n", SAMPLES, SEED, accepted);
    }

    @Test
    void noRegistrationPayloadCausesAServerErrorOrAStrayRow() throws Exception {
        PayloadGenerator payloads = new PayloadGenerator(SEED);
        for (int i = 0; i < SAMPLES; i++) {
            byte[] body = payloads.registrationBody();
            Map<String, Long> before = RowCounts.of(dataSource);
            Response response = io.restassured.RestAssured.given().contentType("application/json").body(body)
                    .post("/api/players").andReturn();
            Map<String, Long> after = RowCounts.of(dataSource);
            String shown = "seed " + SEED + ", sample " + i + ": " + new String(body, StandardCharsets.UTF_8);
            assertTrue(response.statusCode() < 500, response.statusCode() + " for " + shown + ": " + response.asString());
            if (response.statusCode() == 201) {
                assertEquals(before.get("players") + 1, after.get("players"), "one player for " + shown);
            } else {
                Problems.assertProblem(response, response.statusCode());
                assertEquals(before, after, "a rejected registration changed the database: " + shown);
            }
        }
    }
}
