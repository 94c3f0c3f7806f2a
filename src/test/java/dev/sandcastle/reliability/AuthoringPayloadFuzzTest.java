package dev.sandcastle.reliability;

import dev.sandcastle.player.Role;
import dev.sandcastle.player.TestPlayers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property over the authoring API ({@code POST /api/missions}, {@code PUT /api/missions/{slug}}
 * with an AUTHOR token): whatever body arrives, the answer is never a 5xx, every 4xx is problem
 * JSON, a rejected body stores nothing, a 201 stores one mission and one version, a 200 at most
 * one version. Bodies come from {@link PayloadGenerator#authoringBody} with a fixed seed
 * ({@code -Dsandcastle.fuzz.seed=N}); most are invalid because a valid one runs the reference in
 * the sandbox.
 */
@QuarkusTest
class AuthoringPayloadFuzzTest {

    private static final int SAMPLES = 60;
    private static final long SEED = Long.getLong("sandcastle.fuzz.seed", 20261128L);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noAuthoringPayloadCausesAServerErrorOrAStrayRow() throws Exception {
        TestPlayers.Login author = TestPlayers.registerWithRoles("fuzz-author", Role.AUTHOR);
        PayloadGenerator payloads = new PayloadGenerator(SEED);
        String own = "fuzz-own-" + TestPlayers.uniqueName("m").replaceAll("[^a-z0-9]", "").toLowerCase();
        author.request().contentType("application/json").body(PayloadGenerator.validAuthoringBody(own))
                .post("/api/missions").then().statusCode(201);
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < SAMPLES; i++) {
            boolean update = i % 3 == 2;
            String slug = update ? own : own.replace("own", "new") + "-" + i;
            byte[] body = payloads.authoringBody(slug);
            Map<String, Long> before = RowCounts.of(dataSource);
            Response response = update
                    ? author.request().contentType("application/json").body(body).put("/api/missions/" + slug).andReturn()
                    : author.request().contentType("application/json").body(body).post("/api/missions").andReturn();
            Map<String, Long> after = RowCounts.of(dataSource);
            String shown = new String(body, StandardCharsets.UTF_8);
            shown = "seed " + SEED + ", sample " + i + (update ? " (PUT): " : " (POST): ")
                    + (shown.length() > 300 ? shown.substring(0, 300) + "..." : shown);
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            assertTrue(status < 500, status + " for " + shown + ": " + response.asString());
            if (status == 201) {
                assertEquals(before.get("missions") + 1, after.get("missions"), "one mission for " + shown);
                assertEquals(before.get("mission_versions") + 1, after.get("mission_versions"), "one version for " + shown);
            } else if (status == 200) {
                assertEquals(before.get("missions"), after.get("missions"), "no new mission for " + shown);
                long versions = after.get("mission_versions") - before.get("mission_versions");
                assertTrue(versions == 0 || versions == 1, versions + " versions for " + shown);
            } else {
                Problems.assertProblem(response, status);
                assertEquals(before, after, "a rejected payload changed the database: " + shown);
            }
        }
        System.out.printf("fuzz: %d authoring payloads (seed %d), statuses %s%n", SAMPLES, SEED, statuses);
    }
}
