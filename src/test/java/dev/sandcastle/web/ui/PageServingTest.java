package dev.sandcastle.web.ui;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The page, its modules and the editor are served by the application itself, under a strict policy. */
@QuarkusTest
class PageServingTest {

    @Test
    void theRootServesThePlayerPageUnderAPolicyThatForbidsOtherOriginsAndInlineScript() {
        given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<script type=\"module\" src=\"/js/app.js\">"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void theEditorAndItsPythonModeComeFromTheApplicationNotFromAnotherSite() {
        given().get("/_static/codemirror/lib/codemirror.js").then().statusCode(200)
                .body(containsString("CodeMirror"));
        given().get("/_static/codemirror/mode/python/python.js").then().statusCode(200)
                .body(containsString("defineMode(\"python\""));
        given().get("/js/app.js").then().statusCode(200)
                .contentType(containsString("javascript"));
    }

    @Test
    void theApiCarriesThePolicyTooButTheOpsToolsDoNot() {
        given().get("/api/missions").then()
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        given().get("/q/health/live").then()
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void noPageFileReachesForAnotherOrigin() {
        for (String file : new String[] {"/", "/app.css", "/js/app.js", "/js/api.js", "/js/pages/mission.js"}) {
            given().get(file).then().statusCode(200)
                    .body(not(containsString("//cdn")))
                    .body(not(containsString("https://fonts")))
                    .body(not(containsString("innerHTML")));
        }
    }
}
