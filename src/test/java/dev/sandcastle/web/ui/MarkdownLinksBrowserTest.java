package dev.sandcastle.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The statement renderer's link filter (markdown.js) in a real browser: "//host" and "/\host"
 * lead to another host (a browser reads "\" as "/"), so they must be marked external (new tab,
 * rel=noopener), not rendered as in-app links.
 */
@QuarkusTest
class MarkdownLinksBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    @SuppressWarnings("unchecked")
    void protocolRelativeAndBackslashLinksAreExternal() {
        try (HeadlessChromium chromium = HeadlessChromium.start(800, 600)) {
            chromium.driver.get(root.toString());
            List<Map<String, Object>> links = (List<Map<String, Object>>) ((JavascriptExecutor) chromium.driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    import('/js/markdown.js').then(m => {
                      const box = document.createElement('div');
                      box.append(m.renderMarkdown('[a](//evil.example/x) [b](/\\\\evil.example/x) [c](https://e.example) [d](/#/missions)'));
                      done([...box.querySelectorAll('a')].map(a => ({
                        href: a.getAttribute('href'), target: a.getAttribute('target') || '', rel: a.getAttribute('rel') || ''})));
                    }, e => done([{error: String(e)}]));
                    """);
            assertEquals(4, links.size(), links.toString());
            for (int i = 0; i < 3; i++) {
                assertEquals("_blank", links.get(i).get("target"), links.get(i).toString());
                assertEquals(true, ((String) links.get(i).get("rel")).contains("noopener"), links.get(i).toString());
            }
            assertEquals("", links.get(3).get("target"), "an in-app link stays in the page");
        }
    }
}
