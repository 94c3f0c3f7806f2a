package dev.sandcastle.reliability;

import io.restassured.response.Response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every error answer must look like: problem JSON, the status in the body, no internals. */
final class Problems {

    private Problems() {
    }

    static void assertProblem(Response response, int status) {
        String body = response.asString();
        assertEquals(status, response.statusCode(), body);
        assertTrue(response.contentType().startsWith("application/problem+json"), "content type " + response.contentType());
        assertEquals(Integer.valueOf(status), response.jsonPath().<Integer>get("status"), body);
        assertNotNull(response.jsonPath().getString("title"), body);
        String detail = response.jsonPath().getString("detail");
        assertNotNull(detail, body);
        assertFalse(detail.isBlank(), body);
        for (String internal : new String[] {"Exception", "com.fasterxml", "org.hibernate", "at dev.", "SQL"}) {
            assertFalse(body.contains(internal), "leaks '" + internal + "': " + body);
        }
    }
}
