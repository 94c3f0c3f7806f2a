package dev.sandcastle.webhook;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.sandcastle.database.EmbeddedPostgresTestResource;
import dev.sandcastle.player.TestPlayers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With production settings (private targets not allowed), registering an internal URL is refused with 422. */
@QuarkusTest
@TestProfile(WebhookSsrfTest.ProductionTargets.class)
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class WebhookSsrfTest {

    public static class ProductionTargets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sandcastle.webhooks.allow-private-targets", "false",
                    "sandcastle.missions.load-at-startup", "false");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/api/players", "http://localhost/admin",
            "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/", "http://[::1]/", "http://[::ffff:192.168.0.1]/"})
    void aWebhookToAnInternalAddressIsRefused(String url) {
        TestPlayers.as("ssrf").request().contentType(ContentType.JSON)
                .body(Map.of("url", url, "events", List.of("score.changed"), "secret", "0123456789abcdef-secret"))
                .post("/api/webhooks").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("non-public"));
    }
}
