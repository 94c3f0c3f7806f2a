package dev.sandcastle.grading;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.sandcastle.submission.Submissions.awaitDone;
import static dev.sandcastle.submission.Submissions.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Health, metrics, OpenAPI and Swagger UI. */
@QuarkusTest
class OpsEndpointsTest {

    @Test
    void readinessShowsTheDatabaseTheSandboxSelfTestAndTheQueue() throws InterruptedException {
        // the sandbox is ready once a worker passed its start-up self-test; a first grading waits for that
        long id = submit("ops", "half-of", "def half(x):\n    return x / 2\n", "run");
        awaitDone("ops", id);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (given().get("/q/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("sandbox", "grading-queue", "Database connections health check"))
                .body("checks.find { it.name == 'sandbox' }.data.workersReady", equalTo(1))
                .body("checks.find { it.name == 'sandbox' }.data.poolSize", equalTo(1));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metricsShowQueueDepthGradingLatencyAndVerdicts() {
        long id = submit("metrics", "add-two", "def add(a, b):\n    return a + b\n", "check");
        awaitDone("metrics", id);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("sandcastle_queue_depth"))
                .body(containsString("sandcastle_grading_latency_seconds_bucket"))
                .body(containsString("sandcastle_verdicts_total{mode=\"CHECK\",verdict=\"ACCEPTED\"}"));
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiAreServed() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/missions/{slug}/submissions"))
                .body(containsString("/api/players/me/submissions"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
