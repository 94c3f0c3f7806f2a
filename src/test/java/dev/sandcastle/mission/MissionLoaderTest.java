package dev.sandcastle.mission;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.sandcastle.submission.Submissions.awaitDone;
import static dev.sandcastle.submission.Submissions.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class MissionLoaderTest {

    private static final String SLUG = "loader-probe";

    @Inject
    MissionLoader loader;

    @Inject
    EntityManager em;

    @TempDir
    Path root;

    @Test
    void loadingIsIdempotentAndAChangedPackageBecomesANewVersion() throws IOException {
        Path dir = root.resolve(SLUG);
        MissionPackageReaderTest.copy(Path.of("src/test/resources/test-missions/add-two"), dir);

        assertThat(loader.load(root).published(),
                contains(new MissionPublisher.Published(SLUG, 1, MissionPublisher.Outcome.CREATED)));
        assertThat(loader.load(root).published(),
                contains(new MissionPublisher.Published(SLUG, 1, MissionPublisher.Outcome.UNCHANGED)));
        long before = submit("versioned", SLUG, "def add(a, b):\n    return a + b\n", "run");

        Files.writeString(dir.resolve("tests.json"), """
                [{"args": [2, 2], "expected": 4, "public": true, "category": "basic"},
                 {"args": [0, 0], "expected": 0, "public": false, "category": "edge"}]""");
        assertThat(loader.load(root).published(),
                contains(new MissionPublisher.Published(SLUG, 2, MissionPublisher.Outcome.NEW_VERSION)));
        assertThat(loader.load(root).published(),
                contains(new MissionPublisher.Published(SLUG, 2, MissionPublisher.Outcome.UNCHANGED)));

        given().get("/api/missions/" + SLUG).then().statusCode(200)
                .body("version", equalTo(2)).body("examples[0].args", contains(2, 2));
        long after = submit("versioned", SLUG, "def add(a, b):\n    return a + b\n", "run");
        // graded against the version each was submitted to (and done before the clean-up deletes them)
        awaitDone("versioned", before).body("missionVersion", equalTo(1)).body("tests[0].args", contains(1, 2));
        awaitDone("versioned", after).body("missionVersion", equalTo(2)).body("tests[0].args", contains(2, 2));
        assertEquals(2L, versions());
    }

    @Test
    void anInvalidPackageIsReportedAndDoesNotStopTheOthers() throws IOException {
        MissionPackageReaderTest.copy(Path.of("src/test/resources/test-missions/add-two"), root.resolve(SLUG));
        Path broken = Files.createDirectories(root.resolve("broken-probe"));
        Files.writeString(broken.resolve("mission.json"), "{\"title\": \"Broken\"}");

        MissionLoader.Report report = loader.load(root);
        assertThat(report.published().stream().map(MissionPublisher.Published::slug).toList(), contains(SLUG));
        assertEquals(1, report.invalid().size());
        assertEquals("broken-probe", report.invalid().get(0).slug());
        assertThat(report.invalid().get(0).problems(), hasItem("tests.json is missing"));
        assertThat(report.invalid().get(0).getMessage(), containsString("'difficulty' must be EASY, MEDIUM or HARD"));
        given().get("/api/missions/broken-probe").then().statusCode(404);
    }

    /** Removes the probe mission so the catalogue tests see only the test mission set. */
    @AfterEach
    void removeProbe() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String sql : List.of(
                    "DELETE FROM submissions WHERE mission_id IN (SELECT id FROM missions WHERE slug = ?1)",
                    "UPDATE missions SET current_version_id = NULL WHERE slug = ?1",
                    "DELETE FROM mission_versions WHERE mission_id IN (SELECT id FROM missions WHERE slug = ?1)",
                    "DELETE FROM missions WHERE slug = ?1")) {
                em.createNativeQuery(sql).setParameter(1, SLUG).executeUpdate();
            }
        });
    }

    private long versions() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM mission_versions v JOIN missions m ON m.id = v.mission_id WHERE m.slug = ?1")
                .setParameter(1, SLUG).getSingleResult()).longValue());
    }
}
